select count(*) from (select 1 from (select t.id, t.score_set_id, t.name from target_genes t where lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.accession) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.organism) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	    and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false)) t join public_score_sets() s on s.id = t.score_set_id limit 10001) matches;
select t.id from (select t.id, t.score_set_id, t.name from target_genes t where lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.accession) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	 union all
	 select t.id, t.score_set_id, t.name from target_genes t where lower(t.organism) collate "C" like lower('GENE17%')
	    and not lower(t.name) collate "C" like lower('GENE17%')
	    and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false)) t join public_score_sets() s on s.id = t.score_set_id order by lower(t.name) collate "C", t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('2528','14329','7820','11184','13326','19461','21133','23277','2989','3691','5009','8063','12535','16402','24274','22072','24604','751','3097','3248','9364','12419','16821','19169','20159','23840','4328','8985','14855','1795','12813','16080','19039','20935','22832','23765','24115','118','5553','19327','23227','23261','4363','9140','11742','13358','14930','15894','16404','22447','23400','24443','4081','4712','14296','23145','24153','2295','9454','16594','21703','22699','23580','24646','5090','7653','16617','19172','22583','23778','23837','2822','24205','24872','9259','10342','14859','20748','3546','6067','8896','11538','11910','13556','18605','3686','8875','12599','17506','20063','23223','10711','14172','16411','19227','22450','23426','1040','11530','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335','17335');
