package vn.culture.lifelong.stack.quarkus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka as tests use it: records sent and acknowledged one by one, and what arrived on a topic, read from its start. */
public final class TestKafka {

    private TestKafka() {
    }

    /** Sends records and waits for each to be acknowledged by the broker. */
    public static final class Writer implements AutoCloseable {

        private final KafkaProducer<String, String> producer;

        private Writer(String bootstrapServers) {
            Properties properties = new Properties();
            properties.put("bootstrap.servers", bootstrapServers);
            properties.put("acks", "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
        }

        public void send(String topic, String key, String value) {
            try {
                producer.send(new ProducerRecord<>(topic, key, value)).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Kafka refused a record for " + topic, e.getCause());
            }
        }

        @Override
        public void close() {
            producer.close();
        }
    }

    /** Reads one topic from its first record, in a consumer group of its own. */
    public static final class Reader implements AutoCloseable {

        private final KafkaConsumer<String, String> consumer;

        private Reader(String bootstrapServers, String topic) {
            Properties properties = new Properties();
            properties.put("bootstrap.servers", bootstrapServers);
            properties.put("group.id", "test-reader-" + UUID.randomUUID());
            properties.put("auto.offset.reset", "earliest");
            consumer = new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
            consumer.subscribe(List.of(topic));
        }

        /**
         * The records with {@code key} that arrive within {@code patience}, polling until {@code expected} of them came;
         * with {@code expected} 0, everything that came in the whole time (to show that nothing did).
         */
        public List<ConsumerRecord<String, String>> recordsFor(String key, int expected, Duration patience) {
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline && (expected == 0 || found.size() < expected)) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
            return found;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    public static Writer writer(String bootstrapServers) {
        return new Writer(bootstrapServers);
    }

    public static Reader reader(String bootstrapServers, String topic) {
        return new Reader(bootstrapServers, topic);
    }
}
