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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('2528','14329','7820','11184','13326','2989','3691','5009','8063','12535','22072','24604','751','3097','3248','9364','12419','4328','8985','14855','1795','12813','16080','118','5553','19327','4363','9140','11742','13358','14930','15894','4081','4712','14296','23145','2295','9454','16594','5090','7653','16617','2822','9259','10342','14859','20748','3546','6067','8896','11538','11910','13556','18605','3686','8875','12599','10711','14172','1040','11530','1164','9741','13162','14892','2330','3552','6063','6269','13518','13626','16501','18477','517','1816','6030','13056','1576','4370','13264','14119','12560','20065','23539','646','3217','7291','7853','13230','20733','1681','1887','11357','12973','5586','23126','1888','2887','10778','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907','10907');
