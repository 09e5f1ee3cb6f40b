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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('683','1903','2241','6524','8641','10190','17878','1187','2970','9316','13244','14430','23661','7873','8356','2277','4282','9337','13906','14543','15206','21016','24487','6298','7070','18257','317','1167','4284','12457','15938','24279','2513','4952','7192','10232','3899','5982','10981','22500','10224','15103','11940','24126','9527','17316','2201','21340','21417','4950','8133','10249','12094','15469','1701','2028','2942','5626','9394','3426','8058','10319','15390','18865','20596','16782','973','1132','11108','16113','21999','22932','8878','10721','11254','13297','876','1000','7660','21284','6173','7849','8885','21720','24128','3522','12682','14141','1899','2236','2575','8265','8876','12357','13344','14300','14376','19827','2524','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713','12713');
