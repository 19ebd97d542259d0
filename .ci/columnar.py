"""Batch shards load into polars and DuckDB with one schema.

Usage: columnar.py SHARD.jsonl SHARD.jsonl...

Each shard is the output of `batch` over a different set of reports. The
check: every key has one type across shards, wherever a shard has a value
for it (polars infers `Null` for a key that is null in every row of a
shard, which matches any type); the shards concatenate in polars (read
apart, concatenated with `how="vertical_relaxed"`, which fills those
`Null` columns) and in DuckDB (`union all by name`); the
number columns are floats, never integers in one shard and floats in another.
"""
import sys

import duckdb
import polars as pl


def agree(a, b, where):
    """Fail if dtypes a and b differ anywhere both are known."""
    if a == pl.Null or b == pl.Null:
        return
    if isinstance(a, pl.Struct) and isinstance(b, pl.Struct):
        fa = {f.name: f.dtype for f in a.fields}
        fb = {f.name: f.dtype for f in b.fields}
        assert fa.keys() == fb.keys(), f"{where}: keys differ: {sorted(fa.keys() ^ fb.keys())}"
        for k in fa:
            agree(fa[k], fb[k], f"{where}.{k}")
    elif isinstance(a, pl.List) and isinstance(b, pl.List):
        agree(a.inner, b.inner, f"{where}[]")
    else:
        assert a == b, f"{where}: {a} in one shard, {b} in another"


shards = sys.argv[1:]
assert len(shards) >= 2, __doc__
frames = [pl.read_ndjson(s) for s in shards]
first = frames[0]
for s, f in zip(shards[1:], frames[1:]):
    assert f.columns == first.columns, f"{s}: columns differ"
    for c in first.columns:
        agree(first.schema[c], f.schema[c], c)
rows = sum(f.height for f in frames)
assert pl.concat(frames, how="vertical_relaxed").height == rows
values = pl.concat(frames, how="vertical_relaxed").explode("indicators").select(pl.col("indicators").struct.field("value"))
assert values.dtypes == [pl.Float64], values.dtypes

con = duckdb.connect()
union = " union all by name ".join(f"select * from read_json('{s}')" for s in shards)
assert con.sql(f"select count(*) from ({union})").fetchall()[0][0] == rows
assert con.sql(f"select count(*) from read_json({shards!r}, union_by_name = true)").fetchall()[0][0] == rows
print(f"columnar: {len(shards)} shards, {rows} reports: one schema in polars and DuckDB")
