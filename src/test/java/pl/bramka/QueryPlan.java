package pl.bramka;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The plan PostgreSQL chooses for a query with its parameters bound, as the nodes of {@code EXPLAIN (FORMAT JSON)}. */
public record QueryPlan(List<Node> nodes) {

    /** One step of the plan; relation and index are empty where the step reads neither. */
    public record Node(String type, String relation, String index) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static QueryPlan of(JdbcClient jdbc, String sql, Object... params) {
        String explained = jdbc.sql("explain (format json) " + sql).params(params).query(String.class).single();
        List<Node> nodes = new ArrayList<>();
        collect(JSON.readTree(explained).get(0).get("Plan"), nodes);
        return new QueryPlan(nodes);
    }

    public boolean scansSequentially(String relation) {
        return nodes.stream().anyMatch(node -> node.type().equals("Seq Scan") && node.relation().equals(relation));
    }

    public boolean usesIndex(String index) {
        return nodes.stream().anyMatch(node -> node.index().equals(index));
    }

    public boolean sorts() {
        return nodes.stream().anyMatch(node -> node.type().contains("Sort"));
    }

    private static void collect(JsonNode plan, List<Node> nodes) {
        nodes.add(new Node(plan.path("Node Type").asString(""), plan.path("Relation Name").asString(""),
                plan.path("Index Name").asString("")));
        plan.path("Plans").forEach(child -> collect(child, nodes));
    }
}
