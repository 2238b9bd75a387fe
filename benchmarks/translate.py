#!/usr/bin/env python
"""Argos Translate vs our Argos engine vs raw CTranslate2, in one process.

    /work/venv/bin/python benchmarks/translate.py            # from the repo root
    /work/venv/bin/python benchmarks/translate.py --help

What is measured, on the same Transformer-base-sized random Argos package
(built offline with tests/fixtures/argos_package.py, int8 like real packages)
and the same sentences (the pipeline's own fr segments of corpus/*.txt, the
corpus repeated --repeat times):

(a) Argos' own path: ``argostranslate.translate.translate(article, "fr", "en")``
    once per article (each repeated copy of a corpus file is one article;
    paragraphs joined with "\\n", sentences with " "), Argos defaults
    (beam 4, batch_type tokens / 32, compute_type from ARGOS_COMPUTE_TYPE,
    default "auto"). Argos' sentence splitters need downloads, so Argos is
    given our splitter: a sentencizer that returns the pipeline's segments.
(b) ``pipeline.engines.argos.ArgosEngine.translate(all sentences, "fr", "en")``:
    one call, tokenize + sort + translate_batch + detokenize.
(c) raw ``ctranslate2.Translator.translate_batch`` on the same (pre-tokenized,
    length-sorted) tokens with the options (b) uses; only that call is timed.

Each is warmed up once, then timed; (b) and (c) --reps times (default 2),
interleaved, the best run reported. (a) is slow (one small batch per
sentence), so by default it is timed on the first whole articles holding at
least 100 sentences (--a-min-sentences 0: all); rates are per sentence.
Then Argos' own path translates each distinct sentence on its own
(--identity all: every one) and its top-1 output is compared, sentence by
sentence, with each of (b)'s outputs at the same beam and compute type (if Argos' compute
type resolves differently from ours, a second engine at Argos' type is used).

Targets: (b) at least 5x the sentences/s of (a); (b) within 10% of (c)
(i.e. c/b <= 1.10). Exit status 0 when both targets are met and every
sentence is identical, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# Nothing from argostranslate is imported at module level: Argos reads the
# environment (package dir, compute type, ...) once, at import time.
from tests.fixtures import argos_package as fixture  # noqa: E402

SRC, TGT = "fr", "en"
TARGET_SPEEDUP = 5.0  # b/a
TARGET_OVERHEAD = 1.10  # c/b


# --------------------------------------------------------------------------- #
# Model
# --------------------------------------------------------------------------- #
def build_benchmark_package(dest_dir: Path, texts: list[str], *, vocab_size: int = 8000,
                            filler_prefix: str = "\u2581w", **kwargs: Any) -> Path:
    """``build_argos_package`` with a vocabulary of ``vocab_size`` pieces.

    SentencePiece trained on the small sample corpus stops at a few hundred
    pieces. The missing ones are added as user-defined symbols
    (``▁w0000``, ``▁w0001``, ... - never present in the text, so the corpus
    tokenizes exactly as without them) so the embeddings, the output
    projection and the softmax have a realistic size. The fixture module is
    only patched for the duration of the call.
    """
    import sentencepiece as spm

    original = fixture._train_sentencepiece

    def train(lines, size, model_type, seed, user_defined_symbols):
        model = original(lines, size, model_type, seed, user_defined_symbols)
        natural = spm.SentencePieceProcessor(model_proto=model).get_piece_size()
        if natural >= size:
            return model
        filler = [f"{filler_prefix}{i:05d}" for i in range(size - natural)]
        text = "\n".join(lines)
        assert not any(f.replace("\u2581", " ").strip() in text for f in filler[:10])
        return original(lines, size, model_type, seed, list(user_defined_symbols) + filler)

    fixture._train_sentencepiece = train
    try:
        return fixture.build_argos_package(dest_dir, texts, SRC, TGT, vocab_size=vocab_size, **kwargs)
    finally:
        fixture._train_sentencepiece = original


def resolved_compute_type(model_dir: Path, compute_type: str) -> str:
    """What CTranslate2 actually runs for ``compute_type`` (e.g. auto -> int8_float32)."""
    import ctranslate2

    return ctranslate2.Translator(str(model_dir), device="cpu", compute_type=compute_type).compute_type


# --------------------------------------------------------------------------- #
# Sentences: the pipeline's own segments
# --------------------------------------------------------------------------- #
def load_config(corpus: Path | None):
    from pipeline.config import Config, load_config as load

    path = ROOT / "configs" / "en.yaml"
    try:
        cfg = load(path, check_paths=False)
    except Exception:  # noqa: BLE001 - the defaults are the same settings
        cfg = Config(corpus=ROOT / "corpus")
    if corpus is not None:
        cfg.corpus = corpus.resolve()
    return cfg


def pipeline_documents(cfg) -> list[Any]:
    """Ingest, clean, detect and segment the corpus with the pipeline's stages."""
    from pipeline import stages

    ingest = stages.load("ingest")(cfg)
    docs = [ingest.read(p) for p in ingest.find_files()]
    for name in ("clean", "detect", "segment"):
        docs = stages.load(name)(cfg).process_batch(docs)
    return [d for d in docs if d.ok and any(s.lang == SRC for s in d.segments)]


def articles_from(docs: list[Any], repeat: int) -> list[dict[str, Any]]:
    """One article per (copy, document), copies outermost, so consecutive
    articles always differ (Argos' CachedTranslation reuses the previous
    call's paragraphs)."""
    out = []
    for copy in range(repeat):
        for d in docs:
            paras: dict[int, list[str]] = {}
            for s in d.segments:
                if s.lang == SRC:
                    assert "\n" not in s.norm
                    paras.setdefault(s.para, []).append(s.norm)
            paragraphs = list(paras.values())
            out.append({
                "name": f"{d.path}#{copy}",
                "paragraphs": paragraphs,
                "sentences": [t for p in paragraphs for t in p],
                "text": "\n".join(" ".join(p) for p in paragraphs),
            })
    return out


# --------------------------------------------------------------------------- #
# Argos with our sentence splitter
# --------------------------------------------------------------------------- #
def make_sentencizer(cfg, articles: list[dict[str, Any]]):
    """An Argos sentencizer class returning the pipeline's segments.

    Paragraph texts built from segments map back to exactly those segments;
    any other text goes through ``pipeline.stages.segment.split_sentences``.
    """
    from argostranslate.sbd import ISentenceBoundaryDetectionModel

    from pipeline.stages.segment import split_sentences

    known: dict[str, list[str]] = {}
    for art in articles:
        for para in art["paragraphs"]:
            known[" ".join(para)] = list(para)
            for sentence in para:
                known.setdefault(sentence, [sentence])

    class PipelineSentencizer(ISentenceBoundaryDetectionModel):
        calls = 0
        sentences = 0

        def __init__(self, pkg):
            self.pkg = pkg

        def split_sentences(self, text: str) -> list[str]:
            found = known.get(text)
            if found is None:
                seg = cfg.segment
                spans = split_sentences(text, self.pkg.from_code, seg.abbreviations,
                                        seg.keep_quotes_whole, seg.max_quote_chars)
                found = [text[s:e] for s, e in spans]
            type(self).calls += 1
            type(self).sentences += len(found)
            return found

        def __str__(self):
            return "PipelineSentencizer"

    return PipelineSentencizer


def argos_translation(sentencizer_cls):
    """Argos' fr->en translation object, its sentence splitters replaced by ours."""
    import argostranslate.translate as at

    for name in ("MiniSBDSentencizer", "StanzaSentencizer", "SpacySentencizerSmall"):
        setattr(at, name, sentencizer_cls)
    at.get_installed_languages.cache_clear()
    at.installed_translates.clear()
    translation = at.get_translation_from_codes(SRC, TGT)
    inner = getattr(translation, "underlying", translation)
    if not isinstance(getattr(inner, "sentencizer", None), sentencizer_cls):
        raise RuntimeError(f"could not give Argos our sentence splitter ({inner!r})")
    return at


# --------------------------------------------------------------------------- #
# Timing helpers
# --------------------------------------------------------------------------- #
def timed(fn, *args, **kwargs) -> tuple[float, Any]:
    t0 = time.perf_counter()
    result = fn(*args, **kwargs)
    return time.perf_counter() - t0, result


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def raw_options(engine_cfg) -> dict[str, Any]:
    """The translate_batch options ArgosEngine.translate_with passes."""
    from pipeline.engines.argos import LENGTH_PENALTY

    return dict(beam_size=engine_cfg.beam_size, max_batch_size=engine_cfg.max_batch_size,
                batch_type="examples", length_penalty=LENGTH_PENALTY, replace_unknowns=True,
                return_scores=True, max_decoding_length=engine_cfg.max_decoding_length)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: configs/en.yaml's)")
    ap.add_argument("--repeat", type=int, default=6, help="corpus copies (default 6: 68 segments -> 408)")
    ap.add_argument("--min-sentences", type=int, default=400)
    ap.add_argument("--vocab", type=int, default=8000)
    ap.add_argument("--layers", type=int, default=6)
    ap.add_argument("--d-model", type=int, default=512)
    ap.add_argument("--heads", type=int, default=8)
    ap.add_argument("--ffn", type=int, default=2048)
    ap.add_argument("--quantization", default="int8", help="weights as saved (real Argos packages: int8)")
    ap.add_argument("--init-std", type=float, default=0.02,
                    help="weight init std; the builder's 0.05 makes eos_after ineffective at this size "
                         "(outputs ~220-250 tokens), 0.02 gives ~35-45")
    ap.add_argument("--a-min-sentences", type=int, default=100,
                    help="time (a) on the first whole articles holding at least this many sentences "
                         "(0 = all); rates stay per sentence")
    ap.add_argument("--reps", type=int, default=2, help="timed runs of (b) and (c) after the warm-up, "
                    "interleaved; the best (least disturbed) is reported")
    ap.add_argument("--identity", choices=("unique", "all", "none"), default="unique",
                    help="Argos translate() per sentence on each distinct sentence once (default; "
                         "every one of the N outputs of (b) is compared), on all N, or skip")
    ap.add_argument("--tuned", action="store_true",
                    help="also time (b) with inter_threads=cores, intra_threads=1 (not a target)")
    ap.add_argument("--argos-compute-type", default=None,
                    help="set ARGOS_COMPUTE_TYPE before importing Argos (default: leave Argos' default)")
    ap.add_argument("--keep", type=Path, default=None, help="work folder to keep (default: a temp dir)")
    args = ap.parse_args(argv)

    t_start = time.perf_counter()
    tmp_ctx = None
    if args.keep:
        work = args.keep.resolve()
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp_ctx = tempfile.TemporaryDirectory(prefix="bench-translate-")
        work = Path(tmp_ctx.name)

    # Argos reads these at import: confine it to the work folder first.
    if "argostranslate.settings" in sys.modules:
        raise RuntimeError("argostranslate was imported before its environment was set")
    os.environ.update(fixture.argos_env(work))
    if args.argos_compute_type:
        os.environ["ARGOS_COMPUTE_TYPE"] = args.argos_compute_type
    os.environ.pop("ARGOS_CHUNK_TYPE", None)

    # --- sentences ----------------------------------------------------------
    cfg = load_config(args.corpus)
    docs = pipeline_documents(cfg)
    if not docs:
        raise SystemExit(f"no {SRC} segments found under {cfg.corpus}")
    repeat = args.repeat
    per_copy = sum(1 for d in docs for s in d.segments if s.lang == SRC)
    while per_copy * repeat < args.min_sentences:
        repeat += 1
    articles = articles_from(docs, repeat)
    sentences = [s for a in articles for s in a["sentences"]]
    n = len(sentences)

    # --- model ----------------------------------------------------------------
    t0 = time.perf_counter()
    archive = build_benchmark_package(
        work / "build", fixture.corpus_texts(cfg.corpus), vocab_size=args.vocab,
        num_layers=args.layers, d_model=args.d_model, num_heads=args.heads, ffn=args.ffn,
        quantization=args.quantization or None, init_std=args.init_std,
    )
    build_s = time.perf_counter() - t0

    # Which compute type Argos' setting and ours resolve to (probe before Argos is imported).
    engine_cfg = cfg.translate.argos.model_copy(update={"max_decoding_length": 256})
    probe = work / "probe"
    with zipfile.ZipFile(archive) as zf:
        zf.extractall(probe)
    model_dir = next(probe.glob("*/model"))
    vocab_size = len(json.loads((model_dir / "shared_vocabulary.json").read_text(encoding="utf-8")))
    argos_ct = os.environ.get("ARGOS_COMPUTE_TYPE", "auto")
    argos_ct_resolved = resolved_compute_type(model_dir, argos_ct)
    ours_ct_resolved = resolved_compute_type(model_dir, engine_cfg.compute_type)

    from pipeline.engines.argos import ArgosEngine, decode
    from pipeline.models import install_from_file

    installed = install_from_file(archive)
    engine = ArgosEngine(engine_cfg)
    pkg = engine.route(SRC, TGT)[0]
    if argos_ct_resolved == ours_ct_resolved:
        check_engine = engine
    else:  # identity needs the same arithmetic: a second engine at Argos' compute type
        check_engine = ArgosEngine(engine_cfg.model_copy(update={"compute_type": argos_ct}))

    t0 = time.perf_counter()
    sentencizer = make_sentencizer(cfg, articles)
    at = argos_translation(sentencizer)
    from argostranslate import settings as argos_settings

    import_s = time.perf_counter() - t0
    import ctranslate2

    print("== Argos vs ArgosEngine vs raw CTranslate2 (fr->en, CPU) ==")
    print(f"model      : Transformer {args.layers}+{args.layers} layers, d_model {args.d_model}, "
          f"{args.heads} heads, ffn {args.ffn}, shared vocab {vocab_size} (SentencePiece unigram"
          f" + filler symbols), weights {args.quantization or 'float32'}, random (init_std "
          f"{args.init_std}), builder's eos_after=24 length control; "
          f"built in {build_s:.1f}s -> {installed['path']}")
    print(f"sentences  : {n} = {per_copy} pipeline segments ({len(docs)} docs, ingest/clean/detect/"
          f"segment, norm text) x {repeat}; {len(articles)} articles")
    print(f"machine    : ctranslate2 {ctranslate2.__version__}, {usable_cores()} usable cpu cores, "
          f"load average {os.getloadavg()[0]:.2f} at start (other processes skew timings)")
    print(f"(a) Argos  : argostranslate.translate.translate() per article; beam {argos_settings.beam_size}, "
          f"batch_type tokens, max_batch_size {argos_settings.batch_size}, length_penalty 0.2, "
          f"max_decoding_length 256 (CT2 default), compute_type {argos_settings.compute_type} -> "
          f"{argos_ct_resolved}, inter/intra threads {argos_settings.inter_threads}/"
          f"{argos_settings.intra_threads}, sentence splitter: pipeline segments; "
          f"(import of argostranslate.translate {import_s:.1f}s, untimed)")
    c = engine_cfg
    print(f"(b) ours   : ArgosEngine.translate(all {n}); beam {c.beam_size}, batch_type examples, "
          f"max_batch_size {c.max_batch_size}, length_penalty 0.2, max_decoding_length "
          f"{c.max_decoding_length}, compute_type {c.compute_type} -> {ours_ct_resolved}, "
          f"inter/intra threads {c.inter_threads}/{c.intra_threads}")
    print("(c) raw    : ctranslate2.Translator.translate_batch, same tokens (pre-tokenized, sorted), "
          "same options and translator settings as (b); only translate_batch timed")

    # --- (a) Argos, per article -------------------------------------------
    a_articles = []
    for art in articles:
        if args.a_min_sentences and sum(len(a["sentences"]) for a in a_articles) >= args.a_min_sentences:
            break
        a_articles.append(art)
    a_n = sum(len(a["sentences"]) for a in a_articles)
    warm = " ".join(articles[-1]["paragraphs"][0])  # a paragraph, so never a_articles[0]'s text
    assert warm != a_articles[0]["text"]
    at.translate(warm, SRC, TGT)  # warm-up (loads the model)
    sentencizer.calls = sentencizer.sentences = 0
    t0 = time.perf_counter()
    for art in a_articles:
        at.translate(art["text"], SRC, TGT)
    a_s = time.perf_counter() - t0
    if sentencizer.sentences != a_n:
        raise RuntimeError(f"Argos translated {sentencizer.sentences} sentences, expected {a_n}")
    a_rate = a_n / a_s

    # --- (b) ours and (c) raw, interleaved ----------------------------------
    tokens = [pkg.tokenizer.encode(t) for t in sentences]
    order = sorted(range(n), key=lambda i: len(tokens[i]))
    sorted_tokens = [tokens[i] for i in order]
    prefix = getattr(pkg, "target_prefix", "") or ""
    raw = ctranslate2.Translator(str(Path(pkg.package_path) / "model"), device="cpu",
                                 compute_type=c.compute_type, inter_threads=c.inter_threads,
                                 intra_threads=c.intra_threads)
    opts = raw_options(c)

    def raw_call(batch: list[list[str]]):
        prefixes = [[prefix]] * len(batch) if prefix else None
        return raw.translate_batch(batch, target_prefix=prefixes, **opts)

    warm_n = min(n, c.max_batch_size)  # one full batch
    engine.translate(sentences[:warm_n], SRC, TGT)  # warm-up (loads the model)
    raw_call(sorted_tokens[:warm_n])  # warm-up
    b_times, c_times = [], []
    b_out = raw_results = None
    for rep in range(max(1, args.reps)):  # alternate which goes first
        for which in ("bc" if rep % 2 == 0 else "cb"):
            if which == "b":
                dt, b_out = timed(engine.translate, sentences, SRC, TGT)
                b_times.append(dt)
            else:
                dt, raw_results = timed(raw_call, sorted_tokens)
                c_times.append(dt)
    b_s, c_s = min(b_times), min(c_times)
    b_rate, c_rate = n / b_s, n / c_s

    raw_text = [""] * n
    for i, res in zip(order, raw_results):
        raw_text[i] = decode(pkg.tokenizer, res.hypotheses[0], prefix)
    b_text = [t.text for t in b_out]
    out_lens = [len(r.hypotheses[0]) for r in raw_results]
    in_lens = [len(t) for t in tokens]

    # --- identity: Argos per sentence vs ours --------------------------------
    identical = checked = 0
    mismatches: list[tuple[int, str, str]] = []
    id_s = 0.0
    if args.identity != "none":
        check_text = b_text if check_engine is engine else [
            t.text for t in check_engine.translate(sentences, SRC, TGT)]
        t0 = time.perf_counter()
        argos_out: dict[str, str] = {}
        if args.identity == "unique":
            for s in dict.fromkeys(sentences):
                argos_out[s] = at.translate(s, SRC, TGT)
            argos_per = [argos_out[s] for s in sentences]
        else:
            argos_per = [at.translate(s, SRC, TGT) for s in sentences]
        id_s = time.perf_counter() - t0
        for i, (mine, theirs) in enumerate(zip(check_text, argos_per)):
            checked += 1
            if mine == theirs:
                identical += 1
            elif len(mismatches) < 3:
                mismatches.append((i, theirs, mine))
    raw_same = sum(x == y for x, y in zip(b_text, raw_text))

    # --- extra: (b) with CPU-friendly threading -------------------------------
    tuned = None
    cores = usable_cores()
    if args.tuned and cores > 1 and (c.inter_threads, c.intra_threads) != (cores, 1):
        tuned_engine = ArgosEngine(c.model_copy(update={"inter_threads": cores, "intra_threads": 1}))
        tuned_engine.translate(sentences[:warm_n], SRC, TGT)  # warm-up
        dt, out = timed(tuned_engine.translate, sentences, SRC, TGT)
        tuned = (cores, dt, sum(t.text == x for t, x in zip(out, b_text)))

    # --- report ---------------------------------------------------------------
    speedup = b_rate / a_rate
    overhead = c_rate / b_rate
    print()
    print(f"tokens     : source {min(in_lens)}-{max(in_lens)} (mean {statistics.mean(in_lens):.1f}), "
          f"output {min(out_lens)}-{max(out_lens)} (mean {statistics.mean(out_lens):.1f}) per sentence")
    subset = "" if a_n == n else f"  [subset: first {len(a_articles)} articles]"
    print(f"(a) Argos per article : {a_n:4d} sentences {a_s:8.2f} s  {a_rate:8.1f} sentences/s{subset}")
    reps = f"best of {len(b_times)}: " + ", ".join(f"{t:.2f}" for t in b_times)
    print(f"(b) ArgosEngine       : {n:4d} sentences {b_s:8.2f} s  {b_rate:8.1f} sentences/s  ({reps})")
    reps = f"best of {len(c_times)}: " + ", ".join(f"{t:.2f}" for t in c_times)
    print(f"(c) raw translate_batch: {n:4d} sentences {c_s:7.2f} s  {c_rate:8.1f} sentences/s  ({reps})")
    ok_speed = speedup >= TARGET_SPEEDUP
    ok_overhead = overhead <= TARGET_OVERHEAD
    print(f"b/a speed-up          : {speedup:6.2f}x   target >= {TARGET_SPEEDUP:.0f}x   "
          f"{'PASS' if ok_speed else 'FAIL'}")
    print(f"c/b ratio             : {overhead:6.3f}    target <= {TARGET_OVERHEAD:.2f} (b within 10% of c)   "
          f"{'PASS' if ok_overhead else 'FAIL'}")
    ok_identity = True
    if args.identity != "none":
        ct_note = (f"ours at compute_type {check_engine.cfg.compute_type} -> {argos_ct_resolved}, "
                   f"Argos at {argos_settings.compute_type} -> {argos_ct_resolved}; beam 4 both")
        scope = "every sentence" if args.identity == "all" else "each distinct sentence once"
        ok_identity = identical == checked
        print(f"identical top-1       : {identical}/{checked}   (Argos translate() on {scope}, "
              f"{id_s:.1f}s, vs ArgosEngine batched; {ct_note})   {'PASS' if ok_identity else 'FAIL'}")
        for i, theirs, mine in mismatches:
            print(f"  differs #{i}: argos={theirs[:80]!r}\n             ours ={mine[:80]!r}")
    print(f"(b) == (c) decoded    : {raw_same}/{n}")
    if tuned is not None:
        cores, dt, same = tuned
        print(f"extra (b') ArgosEngine with inter_threads={cores}, intra_threads=1 (not a target): "
              f"{dt:.2f} s  {n / dt:.1f} sentences/s = {n / dt / b_rate:.2f}x (b), "
              f"{n / dt / a_rate:.1f}x (a); output identical to (b): {same}/{n}")
    print(f"total wall time       : {time.perf_counter() - t_start:.1f} s")

    if tmp_ctx is not None:
        tmp_ctx.cleanup()
    return 0 if ok_speed and ok_overhead and ok_identity else 1


if __name__ == "__main__":
    sys.exit(main())
