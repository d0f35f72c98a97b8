package vn.culture.lifelong.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command keeps its data between starts: both servers must come back on a kept directory. */
class RestartTest {

    @TempDir
    Path data;

    @Test
    void postgresKeepsItsDataAcrossRestarts() throws Exception {
        try (PostgresServer first = PostgresServer.startEmbedded(data.resolve("pg"), 0)) {
            first.ensureDatabases(List.of("plans"));
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl("plans"), first.user(), first.password());
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE kept (name TEXT); INSERT INTO kept VALUES ('Thư viện')");
            }
        }
        try (PostgresServer second = PostgresServer.startEmbedded(data.resolve("pg"), 0)) {
            second.ensureDatabases(List.of("plans"));
            try (Connection connection = DriverManager.getConnection(second.jdbcUrl("plans"), second.user(), second.password());
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT name FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Thư viện");
            }
        }
    }

    @Test
    void kafkaKeepsItsTopicsAcrossRestarts() throws Exception {
        try (KafkaBroker first = KafkaBroker.start(data.resolve("kafka"), 0);
                KafkaProducer<String, String> producer = producer(first)) {
            producer.send(new ProducerRecord<>("kept", "k", "before restart")).get();
        }
        try (KafkaBroker second = KafkaBroker.start(data.resolve("kafka"), 0);
                KafkaConsumer<String, String> consumer = consumer(second)) {
            consumer.subscribe(List.of("kept"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    values.add(record.value());
                }
            }
            assertThat(values).containsExactly("before restart");
        }
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("acks", "all");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(KafkaBroker broker) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", broker.bootstrapServers());
        properties.put("group.id", "restart-test");
        properties.put("auto.offset.reset", "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
