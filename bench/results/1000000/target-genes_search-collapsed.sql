select count(*) from (select 1 from ((select t.id, t.score_set_id, lower(t.name) collate "C" as name_key from target_genes t
	   where lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false))) t join public_heads() s on s.id = t.score_set_id limit 10001) matches;
select t.id from ((select t.id, t.score_set_id, lower(t.name) collate "C" as name_key from target_genes t
	   where lower(t.name) collate "C" like lower('GENE17%') order by 3, 1)
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%') order by 3, 1)
	 union all
	 (select t.id, t.score_set_id, lower(t.name) collate "C" from target_genes t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false) order by 3, 1)) t join public_heads() s on s.id = t.score_set_id order by t.name_key, t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('5714','7240','11933','13133','30792','37750','41658','52374','68644','78181','92083','95497','97238','101305','101646','102598','105198','106917','112221','118940','119280','119285','119320','119784','138301','156583','169662','194744','194808','201283','214183','222329','226997','227410','236209','236530','242515','242853','263280','270968','276976','277844','278629','288941','289035','298833','310281','323107','334020','347238','348920','349577','351013','357371','363739','365097','369110','387765','412228','415475','449447','461607','467388','470792','475223','477465','484431','487856','491077','494957','495002','495870','499459','501859','510196','515864','519011','522355','533961','542758','546535','546986','569062','578050','583338','583721','584341','588723','596520','600446','600833','601865','604216','608809','610349','611532','616242','617067','619522','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907','635907');
