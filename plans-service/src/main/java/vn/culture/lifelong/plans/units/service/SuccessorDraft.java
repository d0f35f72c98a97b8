package vn.culture.lifelong.plans.units.service;

import vn.culture.lifelong.plans.units.domain.SuccessionKind;

/** A unit that takes over a closed one, by its code on the day after the closure. */
public record SuccessorDraft(String code, SuccessionKind kind) {
}
