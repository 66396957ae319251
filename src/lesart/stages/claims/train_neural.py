"""Fit the BiLSTM of ``neural.py``: ``python -m lesart.stages.claims.train_neural``.

Two steps, so the fit can run where only torch and numpy are installed (a GPU
machine without lesart's dependencies):

  prep  ``python -m lesart.stages.claims.train_neural prep en --out DIR``
        the train and dev sentences of the corpus, each token's inputs
        (``neural.token_inputs``) and gold BIO tag, as ``DIR/<lang>.json.gz``;
  fit   ``python src/lesart/stages/claims/train_neural.py fit DIR/en.json.gz --out FILE.npz``
        trains on train, keeps the epoch with the best dev (or held-out) tag F1 and writes the
        numpy weights ``neural.BiLstmTagger`` reads (float16).

The tags are the CRF's (``train.sequences``): English PolNeAR train (dev for the
epoch), German WikiNews quotation train (``--holdout 0.1``: every tenth train
document, by id, for the epoch, so dev stays free to choose size and weight).
Deterministic for a given seed on the CPU (``--threads 1``); a GPU run differs in
the last digits.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

FLAGS = ("speech", "prep", "q", "konj", "cap")   # neural.FLAGS (kept here: fit runs without lesart)
EMB = {"word": 64, "suffix": 16, "shape": 4, "rule": 8}


# -- prep (needs lesart) ------------------------------------------------------------

def prep_sentences(dataset: str, split: str) -> list[dict]:
    from lesart.evaluation import attribution as A
    from lesart.stages.claims.neural import token_inputs
    from lesart.stages.claims.train import tagged_sentences
    out = []
    for g, tokens, mask, rules, tags in tagged_sentences(A.load(dataset, split), dataset):
        item = token_inputs(tokens, mask, rules, g.language)
        item["flags"] = [[int(v) for v in row] for row in item["flags"]]
        item["tags"] = tags
        item["doc"] = g.id
        out.append(item)
    return out


def prep(language: str, out: Path) -> Path:
    dataset = "en-polnear" if language == "en" else "de-wikinews-quotation"
    t0 = time.perf_counter()
    data = {"language": language, "dataset": dataset,
            "train": prep_sentences(dataset, "train"), "dev": prep_sentences(dataset, "dev")}
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{language}.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        json.dump(data, fh)
    print(f"{len(data['train'])} train, {len(data['dev'])} dev sentences in {time.perf_counter() - t0:.0f}s -> {path}")
    return path


# -- fit (torch and numpy only) -------------------------------------------------------

def vocabularies(train: list[dict], min_count: int) -> dict[str, list[str]]:
    vocab = {}
    for name in EMB:
        counts = Counter(x for s in train for x in s[name])
        keep = sorted((x for x, n in counts.items() if n >= (min_count if name in ("word", "suffix") else 1)),
                      key=lambda x: (-counts[x], x))
        vocab[name] = ["<pad>", "<unk>", *keep]
    return vocab


def encode(sentences: list[dict], vocab: dict, labels: list[str]):
    tables = {name: {s: i for i, s in enumerate(items)} for name, items in vocab.items()}
    lab = {s: i for i, s in enumerate(labels)}
    out = []
    for s in sentences:
        ids = {name: [tables[name].get(x, 1) for x in s[name]] for name in EMB}
        out.append((ids, s["flags"], [lab[t] for t in s["tags"]]))
    return out


def held_out(sentences: list[dict], fraction: float) -> tuple[list[dict], list[dict]]:
    """Train split in two by document (every document whose rank in id order falls on
    the held-out fraction, spread evenly): the rest to fit, the slice to stop on."""
    docs = sorted({s["doc"] for s in sentences})
    every = max(2, round(1 / fraction))
    slice_ = {d for k, d in enumerate(docs) if k % every == every - 1}
    return [s for s in sentences if s["doc"] not in slice_], [s for s in sentences if s["doc"] in slice_]


def fit(data_path: Path, out: Path, hidden: int, epochs: int, seed: int, dropout: float,
        lr: float, batch_size: int, min_count: int, word_dropout: float,
        holdout: float = 0.0, threads: int | None = None) -> dict:
    import torch
    from torch import nn

    if threads:
        torch.set_num_threads(threads)
    torch.manual_seed(seed)
    random.seed(seed)
    with gzip.open(data_path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    if holdout:   # stop on a slice of train's documents, not on dev (dev then chooses size and weight)
        data["train"], data["dev"] = held_out(data["train"], holdout)
        print(f"{len(data['train'])} train sentences, {len(data['dev'])} held out for stopping", flush=True)
    labels = sorted({t for s in data["train"] for t in s["tags"]}, key=lambda t: (t != "O", t))
    vocab = vocabularies(data["train"], min_count)
    train = encode(data["train"], vocab, labels)
    dev = encode(data["dev"], vocab, labels)
    device = "cuda" if torch.cuda.is_available() else "cpu"

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.ModuleDict({name: nn.Embedding(len(vocab[name]), dim, padding_idx=0)
                                      for name, dim in EMB.items()})
            width = sum(EMB.values()) + len(FLAGS)
            self.fw = nn.LSTM(width, hidden, batch_first=True)
            self.bw = nn.LSTM(width, hidden, batch_first=True)
            self.drop = nn.Dropout(dropout)
            self.out = nn.Linear(2 * hidden, len(labels))

        def forward(self, ids, flags, lengths):
            x = torch.cat([self.emb[name](ids[name]) for name in EMB] + [flags], dim=2)
            x = self.drop(x)
            packed = nn.utils.rnn.pack_padded_sequence(x, lengths.cpu(), batch_first=True, enforce_sorted=False)
            h_fw, _ = self.fw(packed)
            h_fw, _ = nn.utils.rnn.pad_packed_sequence(h_fw, batch_first=True, total_length=x.shape[1])
            # the backward pass: each sentence reversed within its own length
            rev = _reverse(x, lengths)
            packed = nn.utils.rnn.pack_padded_sequence(rev, lengths.cpu(), batch_first=True, enforce_sorted=False)
            h_bw, _ = self.bw(packed)
            h_bw, _ = nn.utils.rnn.pad_packed_sequence(h_bw, batch_first=True, total_length=x.shape[1])
            h_bw = _reverse(h_bw, lengths)
            return self.out(self.drop(torch.cat([h_fw, h_bw], dim=2)))

    def _reverse(x, lengths):
        steps = x.shape[1]
        pos = torch.arange(steps, device=x.device)[None, :].expand(x.shape[0], steps)
        idx = (lengths[:, None] - 1 - pos).clamp(min=0)
        idx = torch.where(pos < lengths[:, None], idx, pos)
        return x.gather(1, idx[:, :, None].expand_as(x))

    def batch(items, train_mode):
        lengths = torch.tensor([len(it[2]) for it in items])
        steps = int(lengths.max())
        ids = {}
        for name in EMB:
            arr = torch.zeros((len(items), steps), dtype=torch.long)
            for k, it in enumerate(items):
                seq = torch.tensor(it[0][name])
                if train_mode and name == "word" and word_dropout:
                    seq = torch.where(torch.rand(len(seq)) < word_dropout, torch.ones_like(seq), seq)
                arr[k, :len(seq)] = seq
            ids[name] = arr.to(device)
        flags = torch.zeros((len(items), steps, len(FLAGS)))
        tags = torch.full((len(items), steps), -100, dtype=torch.long)
        for k, it in enumerate(items):
            flags[k, :len(it[1])] = torch.tensor(it[1], dtype=torch.float32)
            tags[k, :len(it[2])] = torch.tensor(it[2])
        return ids, flags.to(device), lengths.to(device), tags.to(device)

    net = Net().to(device)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)

    def dev_f1() -> float:
        net.eval()
        tp = fp = fn = 0
        with torch.no_grad():
            for i in range(0, len(dev), 256):
                items = dev[i:i + 256]
                ids, flags, lengths, tags = batch(items, False)
                pred = net(ids, flags, lengths).argmax(dim=2)
                mask = tags != -100
                gold_in = (tags > 0) & mask
                pred_in = (pred > 0) & mask
                tp += int(((pred == tags) & gold_in).sum())
                fp += int((pred_in & (pred != tags)).sum())
                fn += int((gold_in & (pred != tags)).sum())
        net.train()
        return 2 * tp / (2 * tp + fp + fn) if tp else 0.0

    best, best_state, log = -1.0, None, []
    t0 = time.perf_counter()
    for epoch in range(1, epochs + 1):
        order = list(range(len(train)))
        random.shuffle(order)
        total = 0.0
        for i in range(0, len(order), batch_size):
            items = [train[j] for j in order[i:i + batch_size]]
            ids, flags, lengths, tags = batch(items, True)
            logits = net(ids, flags, lengths)
            loss = loss_fn(logits.reshape(-1, len(labels)), tags.reshape(-1))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.detach())
        f1 = dev_f1()
        log.append({"epoch": epoch, "loss": round(total, 2), "dev_tag_f1": round(f1, 4),
                    "seconds": round(time.perf_counter() - t0, 1)})
        print(json.dumps(log[-1]), flush=True)
        if f1 > best:   # written at once, so a run stopped early still leaves its best epoch
            best = f1
            best_state = {k: v.detach().cpu().clone() for k, v in net.state_dict().items()}
            _export(best_state, out, labels, vocab, hidden, data, best, log,
                    {"hidden": hidden, "epochs": epochs, "seed": seed, "dropout": dropout, "lr": lr,
                     "batch_size": batch_size, "min_count": min_count, "word_dropout": word_dropout,
                     "holdout": holdout})
    print(f"best dev tag F1 {best:.4f} -> {out}")
    return {"best_dev_tag_f1": best, "log": log}


def _export(best_state, out: Path, labels, vocab, hidden, data, best, log, settings) -> None:
    state = {k: v.numpy() for k, v in best_state.items()}
    weights = {f"emb_{name}": state[f"emb.{name}.weight"] for name in EMB}
    for d in ("fw", "bw"):
        weights[f"{d}_w_ih"] = state[f"{d}.weight_ih_l0"]
        weights[f"{d}_w_hh"] = state[f"{d}.weight_hh_l0"]
        weights[f"{d}_b"] = state[f"{d}.bias_ih_l0"] + state[f"{d}.bias_hh_l0"]
    weights["out_w"] = state["out.weight"]
    weights["out_b"] = state["out.bias"]
    meta = {"labels": labels, "vocab": vocab, "hidden": hidden, "language": data["language"],
            "dataset": data["dataset"], "settings": settings, "best_dev_tag_f1": round(best, 4), "log": log}
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, meta=np.array(json.dumps(meta)),
                        **{k: v.astype(np.float16) for k, v in weights.items()})


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prep")
    p.add_argument("language", choices=["de", "en"])
    p.add_argument("--out", type=Path, required=True)
    f = sub.add_parser("fit")
    f.add_argument("data", type=Path)
    f.add_argument("--out", type=Path, required=True)
    f.add_argument("--hidden", type=int, default=100)
    f.add_argument("--epochs", type=int, default=12)
    f.add_argument("--seed", type=int, default=1)
    f.add_argument("--dropout", type=float, default=0.3)
    f.add_argument("--lr", type=float, default=2e-3)
    f.add_argument("--batch-size", type=int, default=32)
    f.add_argument("--min-count", type=int, default=2)
    f.add_argument("--word-dropout", type=float, default=0.05)
    f.add_argument("--holdout", type=float, default=0.0,
                   help="stop on this fraction of train's documents instead of dev")
    f.add_argument("--threads", type=int, help="torch threads (default: torch's)")
    args = ap.parse_args(argv)
    if args.command == "prep":
        prep(args.language, args.out)
        return 0
    fit(args.data, args.out, args.hidden, args.epochs, args.seed, args.dropout, args.lr,
        args.batch_size, args.min_count, args.word_dropout, args.holdout, args.threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
