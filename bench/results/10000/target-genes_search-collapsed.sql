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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('845','1528','2611','3708','5146','110','2007','6762','7481','18613','249','5308','8149','10392','16889','12874','15249','5989','6562','12094','15380','20757','2258','3642','7168','17216','3491','20320','23426','2068','13721','22110','3544','8441','7567','10223','10944','23022','3635','3667','14807','23342','7642','14196','17633','15037','3052','10059','11609','12265','4949','8009','13146','15218','5951','7234','7530','9108','11291','14179','5161','7999','13253','3304','4479','4384','14964','18279','286','10906','21429','11517','12880','5245','7257','9574','11685','23615','7377','15285','22668','4323','4509','7625','11673','13763','5167','8249','9575','11583','18646','20746','24645','2991','9234','16515','23371','1708','6131','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091','24091');
