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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('8690','13364','13844','39024','47259','54398','69319','69417','71346','73006','77021','84035','104150','105941','111578','117934','128029','131319','131827','131856','131858','134216','142245','142917','143503','157382','167737','170642','173497','186997','187386','190128','190322','200439','212052','215910','219900','221459','222462','232291','240491','240527','247407','249944','254754','264702','265873','276234','281689','287644','290514','291104','296151','301174','302150','302592','307019','321034','321246','326239','326743','330318','333187','337209','337357','351502','353304','355771','359464','364516','366509','373702','375291','380585','392598','396500','404387','404896','405555','407024','408568','409832','415031','416043','427601','428273','443585','450258','453562','455836','480435','486852','488717','488719','493884','500786','503325','513872','522072','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853','524853');
;
;
