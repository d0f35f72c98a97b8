package vn.culture.lifelong.plans.rest;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.plans.config.PlansConfig;

/** Page parameters after defaults and the size cap are applied. */
public record PageRequest(int page, int size) {

    @ApplicationScoped
    public static class Factory {

        private final PlansConfig config;

        public Factory(PlansConfig config) {
            this.config = config;
        }

        public PageRequest of(Integer page, Integer size) {
            int wanted = size == null ? config.paging().defaultSize() : size;
            return new PageRequest(page == null ? 0 : page, Math.min(wanted, config.paging().maxSize()));
        }
    }
}
