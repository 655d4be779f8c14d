package dev.qakit.bench.generate;

import java.util.List;
import java.util.Random;

/** Word lists the synthetic questions and answers are made of: technical, and varied enough that few strings repeat. */
final class Vocabulary {
    static final List<String> NOUNS = List.of(
            "request", "response", "handler", "middleware", "router", "session", "transaction", "connection",
            "pool", "cache", "queue", "worker", "thread", "coroutine", "future", "promise", "channel", "buffer",
            "stream", "schema", "migration", "index", "query", "cursor", "entity", "repository", "service",
            "controller", "component", "template", "hook", "effect", "reducer", "store", "signal", "event",
            "listener", "callback", "closure", "iterator", "generator", "decorator", "annotation", "bean",
            "container", "module", "package", "dependency", "resolver", "serializer", "validator", "token",
            "header", "cookie", "payload", "endpoint", "route", "lifecycle", "scheduler", "executor", "lock",
            "mutex", "semaphore", "heap", "stack", "allocator", "reference", "pointer", "borrow", "trait",
            "interface", "generic", "lambda", "proxy", "interceptor", "filter", "view", "model", "fixture");

    static final List<String> ADJECTIVES = List.of(
            "asynchronous", "blocking", "non-blocking", "immutable", "mutable", "shared", "lazy", "eager",
            "transactional", "idempotent", "stateless", "stateful", "concurrent", "parallel", "nested",
            "generic", "typed", "untyped", "cached", "stale", "fresh", "scoped", "global", "local",
            "reactive", "declarative", "imperative", "bounded", "unbounded", "optional", "required",
            "deprecated", "modern", "legacy", "implicit", "explicit", "custom", "default", "thread-safe");

    static final List<String> VERBS = List.of(
            "returns", "wraps", "schedules", "blocks", "releases", "acquires", "validates", "serializes",
            "resolves", "injects", "caches", "invalidates", "streams", "buffers", "retries", "cancels",
            "awaits", "spawns", "joins", "commits", "rolls back", "flushes", "renders", "hydrates",
            "memoizes", "registers", "dispatches", "intercepts", "borrows", "moves", "clones", "drops");

    static final List<String> ADVERBS = List.of(
            "explicitly", "implicitly", "eagerly", "lazily", "safely", "concurrently", "sequentially",
            "automatically", "manually", "once", "repeatedly", "quietly", "immediately", "eventually");

    static final List<String> CONNECTIVES = List.of(
            "because", "so that", "unless", "while", "before", "after", "even when", "as long as");

    static final List<String> QUESTION_STARTS = List.of(
            "What is the difference between", "When should you use", "How does", "Why would you avoid",
            "What happens when", "How do you test", "What are the trade-offs of", "How do you configure",
            "Explain how", "What problem does");

    static final List<String> FRAMEWORKS = List.of(
            "FastAPI", "Django", "Flask", "Spring Boot", "Quarkus", "Micronaut", "Express", "NestJS", "Nuxt",
            "Next.js", "React", "Vue", "Svelte", "Angular", "Solid", "Rails", "Laravel", "Symfony", "Phoenix",
            "Go", "Rust", "Kotlin", "Swift", "Ktor", "Gin", "Echo", "Actix", "Axum", "Rocket", "ASP.NET Core",
            "Blazor", "Remix", "Astro", "Qwik", "Ember", "Hapi", "Koa", "Fastify", "Deno", "Bun", "Vert.x",
            "Helidon", "Dropwizard", "Play", "Akka", "Celery", "SQLAlchemy", "Hibernate", "Prisma", "GraphQL");

    static final List<String> TOPICS = List.of(
            "Fundamentals", "Routing", "Data Access", "Concurrency", "Testing", "Security", "Configuration",
            "Deployment", "Caching", "Messaging", "Observability", "Performance", "Rendering", "State",
            "Forms", "Validation", "Serialization", "Dependency Injection", "Middleware", "Error Handling",
            "Authentication", "Authorization", "Migrations", "Transactions", "Streaming", "WebSockets",
            "Background Jobs", "Internationalization", "Accessibility", "Build Tools", "Packaging", "Logging",
            "Scheduling", "File Uploads", "Pagination", "Search", "Rate Limiting", "Sessions", "Templates",
            "Components", "Hooks", "Lifecycle", "Memory", "Ownership", "Generics", "Macros", "Reflection",
            "Networking", "Storage", "Tooling");

    static final List<String> LANGUAGES = List.of("python", "ts", "java", "go", "rust", "bash", "sql", "kotlin");

    private Vocabulary() {
    }

    static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A lowercase slug of a display name: letters and digits kept, every other run becomes one hyphen. */
    static String slugOf(String name) {
        StringBuilder slug = new StringBuilder(name.length());
        boolean hyphen = false;
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                hyphen = false;
            } else {
                hyphen = true;
            }
        }
        return slug.toString();
    }
}
