package com.parkops.appeals.domain;

import com.parkops.appeals.AppealCategories;
import com.parkops.appeals.Category;
import com.parkops.shared.InputError;
import com.parkops.shared.NotFoundException;
import com.parkops.zone.AuditEntry;
import com.parkops.zone.AuditLog;
import com.parkops.zone.Users;
import com.parkops.zone.ZoneUser;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Categories and routing, with the standard nine seeded per zone on first use. */
@Service
class JdbcAppealCategories implements AppealCategories {

    /** A standard category: code, Chinese name, and the department names it is routed to by default. */
    private record Standard(String code, String name, String departmentHint, boolean labour) {}

    private static final List<Standard> STANDARD = List.of(
            new Standard("POLICY", "政策", "经发|经济发展|政策", false),
            new Standard("LAND", "用地", "自然资源|自规|规划|国土", false),
            new Standard("EMPLOYMENT", "用工", "人社|人力资源|劳动", false),
            new Standard("FINANCING", "融资", "金融|财政", false),
            new Standard("APPROVAL", "审批", "审批|政务服务", false),
            new Standard("LABOUR_DISPUTE", "劳资纠纷", "人社|人力资源|劳动|劳资", true),
            new Standard("ENVIRONMENT", "环保", "生态环境|环保", false),
            new Standard("UTILITIES", "水电气", "建设|城管|公用|水电", false),
            new Standard("OTHER", "其他", null, false));

    private final JdbcClient jdbc;
    private final Users users;
    private final AuditLog audit;
    private final AppealMessages messages;
    private final TransactionTemplate ownTransaction;

    JdbcAppealCategories(
            JdbcClient jdbc,
            Users users,
            AuditLog audit,
            AppealMessages messages,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Seeds in a transaction of its own, so that reading (in a read-only transaction) can seed. */
    @Override
    public List<Category> list(UUID zoneId) {
        List<Category> categories = read(zoneId);
        if (!categories.isEmpty()) {
            return categories;
        }
        ownTransaction.executeWithoutResult(status -> seed(zoneId));
        return read(zoneId);
    }

    @Override
    public Optional<Category> find(UUID zoneId, UUID categoryId) {
        return jdbc.sql("select * from appeals.category where zone_id = :zone and id = :id")
                .param("zone", zoneId)
                .param("id", categoryId)
                .query(JdbcAppealCategories::category)
                .optional();
    }

    @Override
    @Transactional
    public Category route(ZoneUser admin, UUID categoryId, UUID departmentId, int version) {
        Category before =
                find(admin.zoneId(), categoryId).orElseThrow(() -> new NotFoundException("category " + categoryId));
        checkDepartment(admin.zoneId(), departmentId);
        int changed = jdbc.sql("""
                update appeals.category set default_department_id = :department, version = version + 1
                where zone_id = :zone and id = :id and version = :version
                """)
                .param("zone", admin.zoneId())
                .param("id", categoryId)
                .param("department", departmentId)
                .param("version", version)
                .update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("category " + categoryId + " changed");
        }
        record(admin, before.code(), "route", before.name(), before.defaultDepartmentId(), departmentId);
        return find(admin.zoneId(), categoryId).orElseThrow();
    }

    @Override
    @Transactional
    public Category add(ZoneUser admin, String name, UUID departmentId, boolean labourDispute) {
        List<InputError> errors = new ArrayList<>();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > 40) {
            errors.add(messages.error("name", "appeals.error.categoryName"));
        } else if (list(admin.zoneId()).stream().anyMatch(c -> c.name().equals(trimmed))) {
            errors.add(messages.error("name", "appeals.error.categoryTaken"));
        }
        messages.refuse(errors);
        checkDepartment(admin.zoneId(), departmentId);
        UUID id = UUID.randomUUID();
        String code = "CUSTOM-" + id.toString().substring(0, 8);
        insert(admin.zoneId(), id, code, trimmed, departmentId, labourDispute, nextPosition(admin.zoneId()));
        record(admin, code, "create", trimmed, null, departmentId);
        return find(admin.zoneId(), id).orElseThrow();
    }

    private void seed(UUID zoneId) {
        var departments = users.departments(zoneId);
        int position = 0;
        for (Standard standard : STANDARD) {
            UUID department = null;
            if (standard.departmentHint() != null) {
                Pattern hint = Pattern.compile(standard.departmentHint());
                department = departments.stream()
                        .filter(d -> hint.matcher(d.name()).find())
                        .map(Users.Department::id)
                        .findFirst()
                        .orElse(null);
            }
            insert(
                    zoneId,
                    UUID.randomUUID(),
                    standard.code(),
                    standard.name(),
                    department,
                    standard.labour(),
                    position++);
        }
    }

    private void insert(UUID zoneId, UUID id, String code, String name, UUID department, boolean labour, int position) {
        jdbc.sql("""
                insert into appeals.category (zone_id, id, code, name, default_department_id, labour_dispute, position)
                values (:zone, :id, :code, :name, :department, :labour, :position)
                on conflict (zone_id, code) do nothing
                """)
                .param("zone", zoneId)
                .param("id", id)
                .param("code", code)
                .param("name", name)
                .param("department", department)
                .param("labour", labour)
                .param("position", position)
                .update();
    }

    private int nextPosition(UUID zoneId) {
        return jdbc.sql("select coalesce(max(position), 0) + 1 from appeals.category where zone_id = :zone")
                .param("zone", zoneId)
                .query(Integer.class)
                .single();
    }

    private void checkDepartment(UUID zoneId, UUID departmentId) {
        if (departmentId != null && users.department(zoneId, departmentId).isEmpty()) {
            messages.refuse(List.of(messages.error("departmentId", "appeals.error.unknownDepartment")));
        }
    }

    private void record(ZoneUser admin, String code, String action, String name, UUID from, UUID to) {
        Map<String, Object> before = new HashMap<>();
        before.put("defaultDepartmentId", from);
        Map<String, Object> after = new HashMap<>();
        after.put("defaultDepartmentId", to);
        audit.record(new AuditEntry(
                admin.zoneId(),
                admin.getUsername(),
                "appeal-category",
                code,
                action,
                name,
                AuditEntry.diff(before, after)));
    }

    private List<Category> read(UUID zoneId) {
        return jdbc.sql("select * from appeals.category where zone_id = :zone order by position, name")
                .param("zone", zoneId)
                .query(JdbcAppealCategories::category)
                .list();
    }

    private static Category category(ResultSet rs, int row) throws SQLException {
        return new Category(
                rs.getObject("id", UUID.class),
                rs.getString("code"),
                rs.getString("name"),
                rs.getObject("default_department_id", UUID.class),
                rs.getBoolean("labour_dispute"),
                rs.getBoolean("active"),
                rs.getInt("version"));
    }
}
