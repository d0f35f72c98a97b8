package vn.culture.lifelong.events.days.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.culture.lifelong.events.days.domain.DayCalendar;
import vn.culture.lifelong.events.days.domain.Sector;

/** A commemorative day as its keeper writes it: what it is, its yearly rule, whose it is and its source. */
@Schema(name = "CommemorativeDayContent")
public record DayContent(
        @Schema(examples = "LANG_SON_LIBRARY_DAY") @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,59}") String code,
        @Schema(examples = "Ngày truyền thống Thư viện tỉnh Lạng Sơn") @NotBlank @Size(max = 300) String nameVi,
        @Schema(examples = "Lạng Sơn Provincial Library Day") @NotBlank @Size(max = 300) String nameEn,
        @NotNull DayCalendar calendar,
        @NotNull @Min(1) @Max(12) Integer startMonth,
        @NotNull @Min(1) @Max(31) Integer startDay,
        @Schema(description = "The last day of a range, with endDay; empty for a single day") @Min(1) @Max(12) Integer endMonth,
        @Min(1) @Max(31) Integer endDay,
        @Schema(description = "The unit whose subtree keeps it; empty for a national day (admins only)", examples = "20")
        @Size(max = 40) String scopeUnitCode,
        @Schema(examples = "Quyết định số 123/QĐ-UBND ngày 01/3/2026 của UBND tỉnh Lạng Sơn") @NotBlank @Size(max = 2000) String legalSource,
        @NotNull @Size(min = 1, max = 4) List<@NotNull Sector> sectors,
        @Min(1901) @Max(2100) Integer validFromYear,
        @Min(1901) @Max(2100) Integer validToYear) {
}
