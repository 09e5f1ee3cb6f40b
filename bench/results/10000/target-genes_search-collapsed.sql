select count(*) from (select 1 from ((select t.id, lower(t.name) collate "C" as name_key from public_head_target_genes() t
	   where lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, lower(t.name) collate "C" from public_head_target_genes() t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%'))
	 union all
	 (select t.id, lower(t.name) collate "C" from public_head_target_genes() t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false))) t limit 10001) matches;
select t.id from ((select t.id, lower(t.name) collate "C" as name_key from public_head_target_genes() t
	   where lower(t.name) collate "C" like lower('GENE17%') order by 2, 1)
	 union all
	 (select t.id, lower(t.name) collate "C" from public_head_target_genes() t
	   where lower(t.accession) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%') order by 2, 1)
	 union all
	 (select t.id, lower(t.name) collate "C" from public_head_target_genes() t
	   where lower(t.organism) collate "C" like lower('GENE17%') and not lower(t.name) collate "C" like lower('GENE17%')
	     and not coalesce(lower(t.accession) collate "C" like lower('GENE17%'), false) order by 2, 1)) t order by t.name_key, t.id fetch first '100' rows only;
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('3747','12724','4315','6492','7915','9075','15121','22110','5865','6104','9828','12391','4888','8462','6581','7547','12783','13095','18904','4877','10334','11169','14653','24186','4279','14919','5100','13679','14806','20251','6282','14871','5854','15358','17828','22131','9715','3040','3997','11554','14483','318','691','4290','5610','8052','8338','17287','23420','613','4479','4884','12255','12805','18842','24081','2741','5779','9849','10082','645','11854','12249','12970','15201','20676','21988','309','6694','14676','16926','2272','6116','8397','9371','16233','24304','1591','2384','2653','16933','18817','19667','4107','5267','12377','14600','16459','2570','9215','23689','71','5317','9694','13915','15103','1387','2394','4462','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705','4705');
