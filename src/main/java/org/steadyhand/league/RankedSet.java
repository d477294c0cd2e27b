package org.steadyhand.league;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A sorted set that also answers "what is the rank of this element" and "the elements from rank k
 * on" in O(log n): a treap whose nodes count their subtree. Elements must be distinct under the
 * comparator (the leaderboard's tie-break makes them so).
 *
 * <p>Not thread-safe: {@link RankingIndex} guards it.
 */
final class RankedSet<E> {
    private final Comparator<E> order;
    private final SplittableRandom priorities = new SplittableRandom(0x5eed);
    private Node<E> root;

    RankedSet(Comparator<E> order) {
        this.order = order;
    }

    private static final class Node<E> {
        final E value;
        final int priority;
        Node<E> left;
        Node<E> right;
        int size = 1;

        Node(E value, int priority) {
            this.value = value;
            this.priority = priority;
        }
    }

    int size() {
        return size(root);
    }

    void add(E value) {
        root = insert(root, new Node<>(value, priorities.nextInt()));
    }

    void remove(E value) {
        root = delete(root, value);
    }

    /** Zero-based rank of {@code value} (the number of elements before it). */
    int rankOf(E value) {
        int rank = 0;
        Node<E> node = root;
        while (node != null) {
            int c = order.compare(value, node.value);
            if (c < 0) {
                node = node.left;
            } else {
                rank += size(node.left) + (c > 0 ? 1 : 0);
                if (c == 0) {
                    return rank;
                }
                node = node.right;
            }
        }
        return rank;
    }

    /** Up to {@code limit} elements in order from zero-based rank {@code offset}. */
    List<E> range(int offset, int limit) {
        List<E> out = new ArrayList<>(Math.min(limit, Math.max(0, size() - offset)));
        collect(root, offset, limit, out);
        return out;
    }

    private void collect(Node<E> node, int skip, int limit, List<E> out) {
        if (node == null || out.size() >= limit) {
            return;
        }
        int leftSize = size(node.left);
        if (skip < leftSize) {
            collect(node.left, skip, limit, out);
        }
        if (out.size() < limit && skip <= leftSize) {
            out.add(node.value);
        }
        if (out.size() < limit) {
            collect(node.right, Math.max(0, skip - leftSize - 1), limit, out);
        }
    }

    private Node<E> insert(Node<E> node, Node<E> fresh) {
        if (node == null) {
            return fresh;
        }
        if (order.compare(fresh.value, node.value) < 0) {
            node.left = insert(node.left, fresh);
            if (node.left.priority > node.priority) {
                node = rotateRight(node);
            }
        } else {
            node.right = insert(node.right, fresh);
            if (node.right.priority > node.priority) {
                node = rotateLeft(node);
            }
        }
        update(node);
        return node;
    }

    private Node<E> delete(Node<E> node, E value) {
        if (node == null) {
            return null;
        }
        int c = order.compare(value, node.value);
        if (c < 0) {
            node.left = delete(node.left, value);
        } else if (c > 0) {
            node.right = delete(node.right, value);
        } else {
            if (node.left == null) {
                return node.right;
            }
            if (node.right == null) {
                return node.left;
            }
            if (node.left.priority > node.right.priority) {
                node = rotateRight(node);
                node.right = delete(node.right, value);
            } else {
                node = rotateLeft(node);
                node.left = delete(node.left, value);
            }
        }
        update(node);
        return node;
    }

    private Node<E> rotateRight(Node<E> node) {
        Node<E> left = node.left;
        node.left = left.right;
        left.right = node;
        update(node);
        update(left);
        return left;
    }

    private Node<E> rotateLeft(Node<E> node) {
        Node<E> right = node.right;
        node.right = right.left;
        right.left = node;
        update(node);
        update(right);
        return right;
    }

    private static <E> void update(Node<E> node) {
        node.size = 1 + size(node.left) + size(node.right);
    }

    private static <E> int size(Node<E> node) {
        return node == null ? 0 : node.size;
    }
}
