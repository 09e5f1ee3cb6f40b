select count(*) from (select 1 from ((select t.id, t.score_set_id, lower(t.name) collate "C" as name_key from target_genes t
	   where lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false))) t join public_score_sets() s on s.id = t.score_set_id limit 10001) matches;
select t.id from ((select t.id, t.score_set_id, lower(t.name) collate "C" as name_key from target_genes t
	   where lower(t.name) collate "C" like lower('GENE17%') order by 3, 1)
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%') order by 3, 1)
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false) order by 3, 1)) t join public_score_sets() s on s.id = t.score_set_id order by t.name_key, t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('845','1528','2611','3708','5146','19101','110','2007','6762','7481','16648','18613','249','5308','8149','10392','15975','16889','18775','23146','12874','15249','17864','17877','24568','5989','6562','12094','15380','17631','18564','20757','2258','3642','7168','17216','21896','3491','19744','20093','20320','20565','23426','23548','24767','2068','13721','14470','20077','20165','22110','3544','8441','17738','18821','19727','20551','20751','23612','24935','7567','10223','10944','23022','3635','3667','14807','19389','20072','23342','7642','14196','17633','21427','15037','18855','19076','19397','21277','3052','10059','11609','12265','18295','23411','4949','8009','13146','15218','17772','20095','5951','7234','7530','9108','11291','14179','20168','24810','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161','5161');
