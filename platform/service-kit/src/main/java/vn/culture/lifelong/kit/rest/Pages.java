package vn.culture.lifelong.kit.rest;

import jakarta.enterprise.context.ApplicationScoped;
import vn.culture.lifelong.kit.KitConfig;

/** Reads a list's {@code page} and {@code size} parameters: size 50 unless asked, never more than the cap (500). */
@ApplicationScoped
public class Pages {

    private final KitConfig.Paging config;

    public Pages(KitConfig config) {
        this.config = config.paging();
    }

    public PageRequest of(Integer page, Integer size) {
        int wanted = size == null ? config.defaultSize() : size;
        return new PageRequest(page == null ? 0 : page, Math.min(wanted, config.maxSize()));
    }
}
