select count(*) from (select 1 from ((select t.id, lower(t.name) collate "C" as name_key from public_target_genes() t
	   where lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, lower(t.name) collate "C" from public_target_genes() t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, lower(t.name) collate "C" from public_target_genes() t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false))) t limit 10001) matches;
select t.id from ((select t.id, lower(t.name) collate "C" as name_key from public_target_genes() t
	   where lower(t.name) collate "C" like lower('GENE17%') order by 2, 1)
	 union all
	 (select t.id, lower(t.name) collate "C" from public_target_genes() t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%') order by 2, 1)
	 union all
	 (select t.id, lower(t.name) collate "C" from public_target_genes() t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false) order by 2, 1)) t order by t.name_key, t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('3747','12724','24168','4315','6492','7915','9075','15121','15682','17630','22110','24757','5865','6104','9828','12391','19435','24594','4888','8462','16921','19137','24479','24883','6581','7547','12783','13095','18904','19298','21722','4877','15816','16576','18175','10334','11169','14653','16454','17290','17574','19474','24186','4279','14919','17153','18520','21452','5100','13679','14806','17065','17270','17435','18996','20251','21941','6282','14871','20191','21985','22491','22893','23088','5854','15358','16924','17754','17828','19012','22006','22131','24468','9715','19307','20859','3040','3997','11554','14483','23827','318','691','4290','5610','16573','17328','23099','8052','8338','17287','19507','20082','23420','613','4479','4884','12255','12805','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155','17155');
