#!/usr/bin/env python3
"""Independent check of peacegraph's analytics with networkx.

usage: python3 test/support/networkx_check.py <file.graphml>

Reads a GraphML export and prints one JSON object: node and edge counts, and
for a projection (a simple graph with a `weight` on every edge) the metrics
networkx computes on it, so the jest tests can compare them with ours:

- directed: in/out degree (distinct neighbours), weighted in/out degree,
  PageRank (weighted, alpha 0.85), betweenness (hops, normalised);
- undirected: the modularity of the partition stored in the nodes'
  `community` attribute, and networkx's own Louvain partition and modularity.
"""
import json
import sys

import networkx as nx


def pagerank(graph):
    """networkx's PageRank; its pure-Python variant where numpy/scipy are not installed."""
    options = dict(alpha=0.85, weight="weight", tol=1e-12, max_iter=10000)
    try:
        return nx.pagerank(graph, **options)
    except ImportError:
        from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python

        return _pagerank_python(graph, **options)


def main(path):
    graph = nx.read_graphml(path)
    out = {
        "directed": graph.is_directed(),
        "multigraph": graph.is_multigraph(),
        "nodes": graph.number_of_nodes(),
        "edges": graph.number_of_edges(),
    }
    weighted = graph.number_of_edges() > 0 and all("weight" in data for _, _, data in graph.edges(data=True))
    if graph.is_multigraph() or not weighted and graph.number_of_edges() > 0:
        print(json.dumps(out))
        return

    if graph.is_directed():
        out["in_degree"] = dict(graph.in_degree())
        out["out_degree"] = dict(graph.out_degree())
        out["weighted_in_degree"] = dict(graph.in_degree(weight="weight"))
        out["weighted_out_degree"] = dict(graph.out_degree(weight="weight"))
        out["pagerank"] = pagerank(graph)
        out["betweenness"] = nx.betweenness_centrality(graph, normalized=True, weight=None)
    else:
        out["degree"] = dict(graph.degree())
        out["weighted_degree"] = dict(graph.degree(weight="weight"))
        ours = {}
        for node, data in graph.nodes(data=True):
            ours.setdefault(data.get("community"), set()).add(node)
        partition = list(ours.values())
        out["our_communities"] = len(partition)
        out["our_partition_is_valid"] = nx.community.is_partition(graph, partition)
        out["our_modularity"] = nx.community.modularity(graph, partition, weight="weight")
        theirs = nx.community.louvain_communities(graph, weight="weight", resolution=1, seed=42)
        out["networkx_communities"] = sorted(sorted(c) for c in theirs)
        out["networkx_modularity"] = nx.community.modularity(graph, theirs, weight="weight")
    print(json.dumps(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
