package vn.culture.lifelong.kit.rest;

/** Page parameters after defaults and the size cap are applied ({@link Pages#of}); {@code page} counts from 0. */
public record PageRequest(int page, int size) {
}
