package cn.banan.hrdesk.calculator;

import java.util.List;

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

    private final List<String> headers;

    CaseColumn(String... headers) {
        this.headers = List.of(headers);
    }

    boolean matches(String header) {
        String h = header.strip();
        return headers.stream().anyMatch(name -> name.equalsIgnoreCase(h));
    }
}
