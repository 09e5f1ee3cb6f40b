select count(*) from (select 1 from variants v join public_score_sets() s on s.id = v.score_set_id where (v.hgvs_nt = 'NM_000017.1:c.10A>G' or v.hgvs_pro = 'NM_000017.1:c.10A>G') limit 10001) matches;
select v.id, s.urn from variants v join public_score_sets() s on s.id = v.score_set_id where (v.hgvs_nt = 'NM_000017.1:c.10A>G' or v.hgvs_pro = 'NM_000017.1:c.10A>G') order by s.published_date desc, s.urn, v.position fetch first '100' rows only;
select v1_0.id,v1_0.counts,v1_0.data,v1_0.hgvs_nt,v1_0.hgvs_pro,v1_0.hgvs_splice,v1_0.position,v1_0.score,v1_0.score_set_id from variants v1_0 where v1_0.id in ('84635','384596');
;
;
