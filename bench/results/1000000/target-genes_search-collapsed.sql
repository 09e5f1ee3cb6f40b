select count(*) from (select 1 from (select t.id, t.score_set_id, t.name from target_genes t where lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.accession) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.organism) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	    and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false)) t join public_heads() s on s.id = t.score_set_id limit 10001) matches;
select t.id from (select t.id, t.score_set_id, t.name from target_genes t where lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.accession) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.organism) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	    and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false)) t join public_heads() s on s.id = t.score_set_id order by lower(t.name) collate "C", t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('1272','3833','5670','5920','10090','11893','24164','32965','34099','44859','47169','56182','57395','70619','79665','83070','90477','111650','113465','117215','126317','130353','143114','148659','159784','163920','169401','181966','185841','188918','201837','208866','221741','229589','230652','233833','238934','254691','274431','276142','279516','290356','318783','328023','336810','339465','340220','341616','342491','345063','368906','372714','382007','383969','386769','388132','391923','395639','403587','405772','410993','423058','429443','434891','437694','441529','443799','450133','450225','456959','464763','472036','476387','484553','486221','492508','495489','501265','520067','525574','539621','542317','548871','552015','553518','558149','564822','574454','576537','578016','582478','582752','588762','593719','598460','603682','612383','621826','627195','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872','649872');
;
;
