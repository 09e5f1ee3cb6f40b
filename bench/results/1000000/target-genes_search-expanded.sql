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
select tg1_0.id,tg1_0.accession,tg1_0.category,tg1_0.external_identifiers,tg1_0.label,tg1_0.name,tg1_0.organism,tg1_0.score_set_id,ss1_0.id,ss1_0.abstract_text,ss1_0.count_columns,ss1_0.created_by,ss1_0.creation_date,ss1_0.draft_urn,ss1_0.experiment_id,ss1_0.keywords,ss1_0.license,ss1_0.method_text,ss1_0.modification_date,ss1_0.num_variants,ss1_0.publication_identifiers,ss1_0.published_date,ss1_0.score_columns,ss1_0.short_description,ss1_0.superseded_score_set_id,ss1_0.title,ss1_0.urn,ss1_0.version,tg1_0.sequence,tg1_0.sequence_type from target_genes tg1_0 join score_sets ss1_0 on ss1_0.id=tg1_0.score_set_id where tg1_0.id in ('1762','4378','8846','22278','26923','38401','40546','42525','45304','45564','50358','51272','53329','54880','55277','56594','61193','63916','65550','77068','85165','88241','89273','94359','97595','103686','105426','109462','119927','122656','122793','130446','137240','141369','148245','150851','165627','172969','176266','179776','190409','193438','218863','228147','244906','245156','257028','277930','293129','295773','298550','305521','316234','316707','320819','327496','328719','333755','360125','374162','378572','385806','390215','394367','401415','403281','405805','407615','418888','421632','421717','422258','428238','440127','443367','459679','459806','464699','468931','488491','489055','515633','518047','528669','558776','568617','580106','586311','589978','604033','604328','611817','625298','627633','630623','634051','634572','640367','641708','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810','650810');
