with hits as (select s.id, s.keywords from public_heads() s where (exists (select 1 from target_genes t where t.score_set_id = s.id and t.name in ('GENE17'))))
	select 'targetGeneNames', t.name, count(distinct t.score_set_id)
	  from target_genes t join hits on hits.id = t.score_set_id group by t.name
	union all
	select 'targetOrganismNames', t.organism, count(distinct t.score_set_id)
	  from target_genes t join hits on hits.id = t.score_set_id where t.organism is not null group by t.organism
	union all
	select 'targetGeneCategories', t.category, count(distinct t.score_set_id)
	  from target_genes t join hits on hits.id = t.score_set_id group by t.category
	union all
	select 'keywords', keyword, count(distinct hits.id)
	  from hits cross join unnest(hits.keywords) keyword group by keyword;
