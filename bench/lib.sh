# Shared by bench/run, bench/keyed and bench/profile (sourced).

# The wrk script of one request, on stdout: METHOD, a JSON BODY (or ""), an API KEY (or "").
wrk_script() { # METHOD BODY KEY
  echo "wrk.method = \"$1\""
  if [ -n "$2" ]; then
    printf 'wrk.body = [==[%s]==]\nwrk.headers["Content-Type"] = "application/json"\n' "$2"
  fi
  if [ -n "$3" ]; then
    echo "wrk.headers[\"X-API-Key\"] = \"$3\""
  fi
}

# wrk's latencies (850.00us, 12.34ms, 1.02s), one per line, as milliseconds.
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v *= 1000 } printf "%.1f\n", v }'; }
