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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('4330','18849','2880','7521','12811','4114','4500','6579','10625','14249','15327','16675','14977','5','2823','5722','7626','8978','12619','15324','17795','7347','10766','22806','1469','1514','13225','14871','18276','18508','5835','6467','12044','20720','3626','6442','6997','13221','13534','22493','4586','5621','6413','12617','20815','22184','5950','9153','138','13147','1379','3558','6031','9749','10164','21044','3621','3876','14843','21853','6678','7712','21592','23598','2891','9623','14834','332','3758','872','7363','9606','11602','1559','2050','3619','4836','7787','11870','20360','23274','2565','5865','22257','7795','11872','97','5737','12813','13998','16319','597','834','17967','4829','12046','13150','21209','4304','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604','13604');
