package cn.banan.hrdesk.calculator;

import cn.banan.hrdesk.policy.Rule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The columns of a calculator input (CONTRACTS.md {@code evaluate}), each with the Chinese headers also accepted. */
enum CaseColumn {
    CASE_ID("case_id", "编号", "案例编号"),
    RULE("rule", "规则", "补贴规则"),
    ENTERPRISE_TIER("enterprise_tier", "企业层级"),
    RECOGNIZED_FROM("recognized_from", "认定有效期起"),
    RECOGNIZED_TO("recognized_to", "认定有效期止"),
    PARK("park", "所在园区"),
    WORKER_ID("worker_id", "身份证号", "公民身份号码"),
    HIRE_DATE("hire_date", "入职日期"),
    LEAVE_DATE("leave_date", "离职日期"),
    CUTOFF_DATE("cutoff_date", "截止日期"),
    INSURED_MONTHS("insured_months", "五险缴纳月数"),
    PRIOR_EMPLOYMENT_END("prior_employment_end", "此前在本企业就业截止日期"),
    TASK_TYPE("task_type", "任务类型"),
    HIRE_CONFIRMED("hire_confirmed", "入职确认"),
    MONTHS_ALREADY_PAID("months_already_paid", "已发放月数"),
    ALREADY_PAID("already_paid", "已领取");

    /** Without these no row can be judged under any rule. */
    static final Set<CaseColumn> ALWAYS = EnumSet.of(CASE_ID, RULE, ENTERPRISE_TIER, WORKER_ID, HIRE_DATE, CUTOFF_DATE);

    private final List<String> headers;

    CaseColumn(String... headers) {
        this.headers = List.of(headers);
    }

    /**
     * What a row of {@code rule} cannot be judged without, besides {@link #ALWAYS}. The columns left out may be
     * absent, as their cells may be empty: no leave date, open-ended recognition, nothing paid before.
     */
    static Set<CaseColumn> neededBy(Rule rule) {
        return switch (rule) {
            case R1 -> EnumSet.of(HIRE_CONFIRMED, TASK_TYPE);
            case R2 -> EnumSet.noneOf(CaseColumn.class);
            case R3 -> EnumSet.of(INSURED_MONTHS);
        };
    }

    /** The name CONTRACTS.md gives the column and its Chinese header, as a person looks for it. */
    String shown() {
        return headers.get(0) + "（" + headers.get(1) + "）";
    }

    boolean matches(String header) {
        String h = header.strip();
        return headers.stream().anyMatch(name -> name.equalsIgnoreCase(h));
    }
}
