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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('8155','8876','16982','21370','23782','26318','28589','31492','42700','48619','52179','54168','57423','65970','69569','81189','83569','85244','86735','89993','101294','101499','101808','108599','122130','129136','130428','147485','152700','163287','164081','164866','165305','170029','171428','182581','187084','193205','196942','206649','211572','228235','228504','228932','237154','238619','242537','243350','269170','277586','278809','278926','286871','291432','294544','297154','306309','309217','320096','331950','336002','350139','354041','355514','360559','394552','396836','416284','431133','432491','440980','442482','445584','447270','451331','469197','498499','502390','506790','509462','514798','514854','517144','545091','551286','563243','567261','573461','584957','592934','594107','602823','615270','617126','622676','626617','636759','644851','670579','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996','670996');
