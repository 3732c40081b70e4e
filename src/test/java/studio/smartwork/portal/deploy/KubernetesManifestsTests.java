package studio.smartwork.portal.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.smartwork.portal.deploy.Descriptors.at;
import static studio.smartwork.portal.deploy.Descriptors.list;
import static studio.smartwork.portal.deploy.Descriptors.map;
import static studio.smartwork.portal.deploy.Descriptors.string;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kustomize base and both overlays, rendered (see {@link Kustomize}) and read as the
 * cluster would receive them.
 */
class KubernetesManifestsTests {

    private static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";
    private static final String BACKUP_SECRET = "portal-backup-s3";

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void everyImageIsPinned(String layout) {
        List<String> images = new ArrayList<>();
        Manifests m = Manifests.render(layout);
        m.all("Deployment").forEach(d -> Stream.concat(
                        list(at(d, "spec", "template", "spec", "containers")).stream(),
                        list(at(d, "spec", "template", "spec", "initContainers")).stream())
                .forEach(c -> images.add(string(at(c, "image")))));
        m.all("Cluster").forEach(c -> images.add(string(at(c, "spec", "imageName"))));
        m.all("Keycloak").forEach(k -> images.add(string(at(k, "spec", "image"))));
        assertThat(images).isNotEmpty().allSatisfy(image -> assertThat(Descriptors.pinned(image)).as(image).isTrue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void portalRunsSeveralReplicasWithADisruptionBudgetAndAnAutoscaler(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> deployment = m.one("Deployment", "portal");
        int replicas = (Integer) at(deployment, "spec", "replicas");
        assertThat(replicas).isGreaterThanOrEqualTo(2);

        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        Map<String, Object> budget = m.one("PodDisruptionBudget", "portal");
        assertThat(podLabels).containsAllEntriesOf(map(at(budget, "spec", "selector", "matchLabels")));
        assertThat(at(budget, "spec", "minAvailable")).isEqualTo(1);

        Map<String, Object> autoscaler = m.one("HorizontalPodAutoscaler", "portal");
        assertThat(autoscaler.get("apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(map(at(autoscaler, "spec", "scaleTargetRef"))).containsEntry("kind", "Deployment").containsEntry("name", "portal");
        int min = (Integer) at(autoscaler, "spec", "minReplicas");
        int max = (Integer) at(autoscaler, "spec", "maxReplicas");
        assertThat(min).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(replicas);
        assertThat(max).isGreaterThanOrEqualTo(replicas);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void probesAskTheActuatorHealthGroups(String layout) {
        Map<String, Object> portal = Manifests.render(layout).portalContainer();
        assertThat(at(portal, "startupProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(portal, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(at(portal, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(list(portal.get("ports")).stream().map(p -> at(p, "containerPort"))).contains(8080);
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void portalRunsLockedDownWithinItsResources(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> pod = map(at(m.one("Deployment", "portal"), "spec", "template", "spec"));
        Map<String, Object> portal = m.portalContainer();
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(portal, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(portal, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(list(at(portal, "securityContext", "capabilities", "drop"))).contains("ALL");

        Map<String, Object> tmp = list(portal.get("volumeMounts")).stream().map(Descriptors::map)
                .filter(v -> "/tmp".equals(v.get("mountPath"))).findFirst().orElseThrow();
        assertThat(list(pod.get("volumes")).stream().map(Descriptors::map)
                .filter(v -> v.get("name").equals(tmp.get("name"))).findFirst().orElseThrow())
                .containsKey("emptyDir");

        assertThat(map(at(portal, "resources", "requests"))).containsKeys("cpu", "memory");
        assertThat(map(at(portal, "resources", "limits"))).containsKeys("cpu", "memory");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void portalGetsEveryEnvironmentVariableItNeeds(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> environment = m.portalEnvironment();
        assertThat(environment.keySet()).containsAll(PortalEnvironment.required());
        assertThat(environment.get("SPRING_PROFILES_ACTIVE")).isEqualTo(PortalEnvironment.PROFILE);
    }

    /** The owner's password reaches the migration init container only, never the running portal. */
    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void migrationsRunAsTheOwnerBeforeThePortalWhichNeverHoldsTheOwnersPassword(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> pod = map(at(m.one("Deployment", "portal"), "spec", "template", "spec"));
        Map<String, Object> migrate = list(pod.get("initContainers")).stream().map(Descriptors::map)
                .filter(c -> "migrate".equals(c.get("name"))).findFirst().orElseThrow();
        assertThat(list(migrate.get("args"))).containsExactly("migrate");
        assertThat(migrate.get("image")).isEqualTo(m.portalContainer().get("image"));
        assertThat(list(migrate.get("env")).stream().map(Descriptors::map)
                .filter(v -> "SPRING_LIQUIBASE_PASSWORD".equals(v.get("name"))).findFirst().orElseThrow())
                .satisfies(v -> assertThat(at(v, "valueFrom", "secretKeyRef", "name")).isEqualTo("portal-db-owner"));
        assertThat(m.portalEnvironment()).containsEntry("SPRING_LIQUIBASE_ENABLED", "false")
                .doesNotContainKeys("SPRING_LIQUIBASE_USER", "SPRING_LIQUIBASE_PASSWORD");
        assertThat(String.valueOf(m.portalContainer())).doesNotContain("portal-db-owner");
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void secretsOnlyComeFromSecretReferences(String layout) {
        Manifests m = Manifests.render(layout);
        assertThat(m.resources).noneMatch(r -> "Secret".equals(r.get("kind")));
        for (Object variable : list(m.portalContainer().get("env"))) {
            String name = string(at(variable, "name"));
            if (PortalEnvironment.secret(name)) {
                assertThat(map(variable)).as(name).doesNotContainKey("value");
                assertThat(at(variable, "valueFrom", "secretKeyRef", "name")).as(name).isNotNull();
            }
        }
        m.all("ConfigMap").forEach(c -> assertThat(map(c.get("data")).keySet())
                .noneMatch(PortalEnvironment::secret));
    }

    /**
     * The portal's HTTPRoute pins each browser to its replica with a session cookie (Vaadin's UI
     * state lives in that replica's session) and reaches the portal's container through its Service.
     */
    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void routeKeepsEachBrowserOnItsReplica(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> route = m.one("HTTPRoute", "portal");
        assertThat(route.get("apiVersion")).isEqualTo("gateway.networking.k8s.io/v1");
        List<Object> rules = list(at(route, "spec", "rules"));
        assertThat(rules).as("one rule, so every path shares the session cookie").hasSize(1);
        Map<String, Object> rule = map(rules.getFirst());
        assertThat(map(at(rule, "sessionPersistence"))).containsEntry("type", "Cookie").containsEntry("sessionName", "portal-route");
        assertThat(at(rule, "sessionPersistence", "cookieConfig", "lifetimeType")).isEqualTo("Session");
        // The cookie's path is the rule's path: "/" sends it with every request of the portal.
        assertThat(map(at(rule, "matches", 0, "path"))).containsEntry("type", "PathPrefix").containsEntry("value", "/");

        List<Object> backends = list(rule.get("backendRefs"));
        assertThat(backends).hasSize(1);
        Map<String, Object> backend = map(backends.getFirst());
        Map<String, Object> service = m.one("Service", string(backend.get("name")));
        Map<String, Object> servicePort = list(at(service, "spec", "ports")).stream().map(Descriptors::map)
                .filter(p -> backend.get("port").equals(p.get("port"))).findFirst()
                .orElseThrow(() -> new AssertionError("the Service " + service.get("metadata") + " has no port " + backend.get("port")));
        Object targetPort = servicePort.get("targetPort");
        assertThat(list(m.portalContainer().get("ports")).stream().map(Descriptors::map))
                .as("the Service's target port %s is a port of the portal's container", targetPort)
                .anySatisfy(p -> assertThat(targetPort).isIn(p.get("name"), p.get("containerPort")));
        assertThat(map(at(m.one("Deployment", "portal"), "spec", "template", "metadata", "labels")))
                .containsAllEntriesOf(map(at(service, "spec", "selector")));

        m.assertServedOverHttpsAt(route, m.portalHost(), "portal-tls");
    }

    /** Every way in is a Gateway API route of the one Gateway; no Ingress and no ingress-nginx annotation is left. */
    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void browsersComeInThroughTheGatewayOverHttpsOnly(String layout) {
        Manifests m = Manifests.render(layout);
        assertThat(m.all("Ingress")).isEmpty();
        assertThat(String.valueOf(m.resources)).doesNotContain("nginx.ingress.kubernetes.io");
        Map<String, Object> gateway = m.one("Gateway", "smartwork");
        assertThat(gateway.get("apiVersion")).isEqualTo("gateway.networking.k8s.io/v1");
        assertThat(at(gateway, "spec", "gatewayClassName")).isEqualTo("envoy");

        // Plain HTTP only redirects to HTTPS.
        Map<String, Object> redirect = m.one("HTTPRoute", "https-redirect");
        assertThat(map(at(redirect, "spec", "parentRefs", 0))).containsEntry("name", "smartwork").containsEntry("sectionName", "http");
        assertThat(m.listener(gateway, "http")).containsEntry("protocol", "HTTP").containsEntry("port", 80);
        assertThat(list(at(redirect, "spec", "rules"))).singleElement().satisfies(rule -> {
            assertThat(at(rule, "backendRefs")).isNull();
            assertThat(map(at(rule, "filters", 0))).containsEntry("type", "RequestRedirect");
            assertThat(at(rule, "filters", 0, "requestRedirect", "scheme")).isEqualTo("https");
        });
        // Every other route is bound to an HTTPS listener of its own host name.
        for (Map<String, Object> route : m.all("HTTPRoute")) {
            if (!route.equals(redirect)) {
                Map<String, Object> listener = m.listener(gateway, string(at(route, "spec", "parentRefs", 0, "sectionName")));
                assertThat(listener.get("protocol")).as("%s", at(route, "metadata", "name")).isEqualTo("HTTPS");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void postgresRunsAsThreeInstanceClustersWithThePortalsTwoRoles(String layout) {
        Manifests m = Manifests.render(layout);
        m.all("Cluster").forEach(cluster -> {
            assertThat(cluster.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(at(cluster, "spec", "instances")).as(string(at(cluster, "metadata", "name"))).isEqualTo(3);
            assertThat(string(at(cluster, "spec", "imageName"))).containsPattern(":18\\.\\d+");
        });
        Map<String, Object> portalDb = m.one("Cluster", "portal-postgres");
        Map<String, Object> initdb = map(at(portalDb, "spec", "bootstrap", "initdb"));
        assertThat(initdb).containsEntry("database", "smartwork").containsEntry("owner", "smartwork_owner");

        // The same grants as the script for compose and hand-run databases.
        List<String> postInit = list(initdb.get("postInitApplicationSQL")).stream().map(s -> normalise(string(s))).toList();
        assertThat(postInit).containsAll(grantsOfInitRolesScript());

        Map<String, Object> appRole = list(at(portalDb, "spec", "managed", "roles")).stream().map(Descriptors::map)
                .filter(r -> "smartwork_app".equals(r.get("name"))).findFirst().orElseThrow();
        assertThat(appRole).containsEntry("login", true).containsEntry("superuser", false).containsEntry("bypassrls", false);

        Map<String, Object> environment = m.portalEnvironment();
        assertThat(string(environment.get("SPRING_DATASOURCE_URL"))).startsWith("jdbc:postgresql://portal-postgres-rw:5432/smartwork");
        assertThat(at(environment.get("SPRING_DATASOURCE_PASSWORD"), "secretKeyRef", "name")).isEqualTo(at(appRole, "passwordSecret", "name"));
        Map<String, Object> migrate = list(at(m.one("Deployment", "portal"), "spec", "template", "spec", "initContainers")).stream()
                .map(Descriptors::map).filter(c -> "migrate".equals(c.get("name"))).findFirst().orElseThrow();
        Map<String, Object> ownerPassword = list(migrate.get("env")).stream().map(Descriptors::map)
                .filter(v -> "SPRING_LIQUIBASE_PASSWORD".equals(v.get("name"))).findFirst().orElseThrow();
        assertThat(at(ownerPassword, "valueFrom", "secretKeyRef", "name")).isEqualTo(at(initdb, "secret", "name"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void keycloakIsReachedAtOneIssuerByBrowsersAndInsideTheCluster(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> keycloak = m.one("Keycloak", "keycloak");
        assertThat(keycloak.get("apiVersion")).isEqualTo("k8s.keycloak.org/v2alpha1");
        assertThat(at(keycloak, "spec", "image")).isEqualTo("quay.io/keycloak/keycloak:26.4.7");
        String databaseHost = string(at(keycloak, "spec", "db", "host"));
        assertThat(m.all("Cluster").stream().map(c -> at(c, "metadata", "name") + "-rw")).contains(databaseHost);

        String hostname = string(at(keycloak, "spec", "hostname", "hostname"));
        Map<String, Object> environment = m.portalEnvironment();
        assertThat(environment.get("KEYCLOAK_ISSUER")).isEqualTo(hostname + "/realms/smartwork");
        assertThat(environment.get("KEYCLOAK_BACKCHANNEL_URL")).isEqualTo("http://keycloak-service:8080/realms/smartwork");
        assertThat(URI.create(hostname).getScheme()).isEqualTo("https");
        Map<String, Object> route = m.one("HTTPRoute", "keycloak");
        m.assertServedOverHttpsAt(route, URI.create(hostname).getHost(), "keycloak-tls");
        // The operator names Keycloak's Service <name>-service, on its HTTP port; the portal's back channel uses the same.
        URI backchannel = URI.create(string(environment.get("KEYCLOAK_BACKCHANNEL_URL")));
        assertThat(map(at(route, "spec", "rules", 0, "backendRefs", 0)))
                .containsEntry("name", backchannel.getHost()).containsEntry("port", backchannel.getPort());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void realmImportTakesItsSecretFromASecretAndLeadsBackToThePortal(String layout) {
        Manifests m = Manifests.render(layout);
        Map<String, Object> realmImport = m.one("KeycloakRealmImport", "smartwork-realm");
        assertThat(at(realmImport, "spec", "keycloakCRName")).isEqualTo("keycloak");
        Map<String, Object> placeholders = map(at(realmImport, "spec", "placeholders"));
        assertThat(at(placeholders, "KEYCLOAK_PORTAL_CLIENT_SECRET", "secret", "name"))
                .isEqualTo(at(m.portalEnvironment().get("KEYCLOAK_CLIENT_SECRET"), "secretKeyRef", "name"));

        Map<String, Object> client = KeycloakRealmTests.portalClient(map(at(realmImport, "spec", "realm")));
        if (layout.contains("overlays")) {
            String portalUrl = "https://" + m.portalHost();
            assertThat(list(client.get("redirectUris"))).containsExactly(portalUrl + KeycloakRealmTests.REDIRECT_PATH);
            assertThat(list(client.get("webOrigins"))).containsExactly(portalUrl);
            Set<String> left = PortalEnvironment.placeholdersIn(String.valueOf(at(realmImport, "spec", "realm")));
            assertThat(placeholders.keySet()).as("every placeholder left in the realm is provided").containsAll(left);
        }
    }

    @Test
    void productionRunsMoreThanDevelopmentUnderItsOwnNames() {
        Manifests dev = Manifests.render("k8s/overlays/dev");
        Manifests prod = Manifests.render("k8s/overlays/prod");
        assertThat((Integer) at(prod.one("Deployment", "portal"), "spec", "replicas"))
                .isGreaterThan((Integer) at(dev.one("Deployment", "portal"), "spec", "replicas"));
        assertThat((Integer) at(prod.one("HorizontalPodAutoscaler", "portal"), "spec", "maxReplicas"))
                .isGreaterThan((Integer) at(dev.one("HorizontalPodAutoscaler", "portal"), "spec", "maxReplicas"));
        assertThat(prod.portalHost()).isNotEqualTo(dev.portalHost());
        assertThat(prod.namespace()).isNotEqualTo(dev.namespace()).isNotBlank();
        assertThat(dev.namespace()).isNotBlank();
    }

    /**
     * Production archives each PostgreSQL cluster's WAL to object storage through CloudNativePG's Barman Cloud plugin
     * and takes a base backup of each every night, so a new cluster can be recovered to any moment since the oldest
     * kept backup (docs/operations/backups.md).
     */
    @Test
    void productionArchivesEveryDatabaseToObjectStorageWithANightlyBaseBackup() {
        Manifests prod = Manifests.render("k8s/overlays/prod");
        assertThat(prod.all("Cluster")).extracting(c -> at(c, "metadata", "name")).contains("portal-postgres", "keycloak-postgres");
        prod.all("Cluster").forEach(cluster -> {
            String name = string(at(cluster, "metadata", "name"));
            // The in-tree barmanObjectStore is deprecated since CloudNativePG 1.26; the plugin replaces it.
            assertThat(at(cluster, "spec", "backup", "barmanObjectStore")).as(name).isNull();
            Map<String, Object> archiver = list(at(cluster, "spec", "plugins")).stream().map(Descriptors::map)
                    .filter(p -> BARMAN_CLOUD.equals(p.get("name"))).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " does not use the Barman Cloud plugin"));
            assertThat(archiver).as(name).containsEntry("isWALArchiver", true);
            // Without a serverName each cluster writes under a folder of its own name, which the restore's docs use.
            assertThat(map(archiver.get("parameters"))).as(name).doesNotContainKey("serverName");
            Map<String, Object> store = prod.one("ObjectStore", string(at(archiver, "parameters", "barmanObjectName")));
            assertThat(store.get("apiVersion")).isEqualTo("barmancloud.cnpg.io/v1");

            List<Map<String, Object>> schedules = prod.all("ScheduledBackup").stream()
                    .filter(b -> name.equals(at(b, "spec", "cluster", "name"))).toList();
            assertThat(schedules).as(name).singleElement().satisfies(backup -> {
                assertThat(backup.get("apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
                assertThat(at(backup, "spec", "method")).isEqualTo("plugin");
                assertThat(at(backup, "spec", "pluginConfiguration", "name")).isEqualTo(BARMAN_CLOUD);
                String[] schedule = string(at(backup, "spec", "schedule")).trim().split("\\s+");
                assertThat(schedule).as("seconds, minutes, hours, then every day of every month").hasSize(6);
                assertThat(List.of(schedule).subList(0, 3)).allSatisfy(f -> assertThat(f).matches("\\d+"));
                assertThat(List.of(schedule).subList(3, 6)).containsOnly("*");
            });
        });
    }

    /** Backups are kept 30 days, written with an access key from the Secret that the README tells how to create. */
    @Test
    void productionBackupsAreKeptThirtyDaysWithTheAccessKeyOfOneSecret() {
        Map<String, Object> store = Manifests.render("k8s/overlays/prod").all("ObjectStore").getFirst();
        String retention = string(at(store, "spec", "retentionPolicy"));
        assertThat(retention).matches("[1-9][0-9]*[dwm]");
        int days = Integer.parseInt(retention.substring(0, retention.length() - 1))
                * switch (retention.charAt(retention.length() - 1)) { case 'w' -> 7; case 'm' -> 30; default -> 1; };
        assertThat(days).isGreaterThanOrEqualTo(30);
        assertThat(string(at(store, "spec", "configuration", "destinationPath"))).startsWith("s3://");
        assertThat(at(store, "spec", "configuration", "wal", "compression")).isNotNull();

        Map<String, Object> credentials = map(at(store, "spec", "configuration", "s3Credentials"));
        assertThat(credentials.values().stream().map(c -> at(c, "name")).distinct().toList()).containsExactly(BACKUP_SECRET);
        // No Secret is in the manifests (secretsOnlyComeFromSecretReferences): the README creates it, with the keys read here.
        String readme = Descriptors.text("README.md");
        assertThat(readme).contains("kubectl -n smartwork create secret generic " + BACKUP_SECRET);
        credentials.values().forEach(c -> assertThat(readme).contains("--from-literal=" + at(c, "key") + "="));
        assertThat(Descriptors.text("docs/operations/backups.md")).contains(BACKUP_SECRET, string(at(store, "metadata", "name")));
    }

    /** Development keeps no backups, and needs no Barman Cloud plugin in its cluster. */
    @ParameterizedTest
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev"})
    void onlyProductionNeedsTheBackupPlugin(String layout) {
        Manifests m = Manifests.render(layout);
        assertThat(m.all("ObjectStore")).isEmpty();
        assertThat(m.all("ScheduledBackup")).isEmpty();
        assertThat(m.all("Cluster")).allSatisfy(c -> assertThat(at(c, "spec", "plugins")).isNull());
    }

    @ParameterizedTest
    @EnabledIf("kubectlInstalled")
    @ValueSource(strings = {"k8s/base", "k8s/overlays/dev", "k8s/overlays/prod"})
    void testRendererAgreesWithKubectl(String layout) throws Exception {
        Process kubectl = new ProcessBuilder("kubectl", "kustomize", layout).redirectErrorStream(true).start();
        String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kubectl.exitValue()).as(output).isZero();
        Map<String, Object> expected = byKindAndName(Descriptors.yamlDocuments(output).stream().map(Descriptors::map).toList());
        assertThat(byKindAndName(Manifests.render(layout).resources)).isEqualTo(expected);
    }

    static boolean kubectlInstalled() {
        try {
            return new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Map<String, Object> byKindAndName(List<Map<String, Object>> resources) {
        Map<String, Object> byName = new TreeMap<>();
        resources.forEach(r -> byName.put(r.get("kind") + "/" + at(r, "metadata", "name"), r));
        return byName;
    }

    private static List<String> grantsOfInitRolesScript() {
        List<String> statements = new ArrayList<>();
        for (String statement : Descriptors.text("deploy/postgres/init-roles.sql").split(";")) {
            String sql = normalise(statement.lines().filter(l -> !l.startsWith("--") && !l.startsWith("\\")).reduce("", (a, b) -> a + " " + b));
            if (sql.startsWith("grant") || sql.startsWith("revoke") || sql.startsWith("alter default privileges")) {
                statements.add(sql);
            }
        }
        assertThat(statements).hasSizeGreaterThanOrEqualTo(5);
        return statements;
    }

    private static String normalise(String sql) {
        return sql.trim().replaceAll("\\s+", " ").replaceAll(";$", "");
    }

    /** One rendered layout, with the look-ups the tests share. */
    private record Manifests(List<Map<String, Object>> resources) {

        static Manifests render(String layout) {
            return new Manifests(Kustomize.build(Path.of(layout)));
        }

        List<Map<String, Object>> all(String kind) {
            return resources.stream().filter(r -> kind.equals(r.get("kind"))).toList();
        }

        Map<String, Object> one(String kind, String name) {
            List<Map<String, Object>> found = all(kind).stream().filter(r -> name.equals(at(r, "metadata", "name"))).toList();
            assertThat(found).as("%s %s", kind, name).hasSize(1);
            return found.getFirst();
        }

        Map<String, Object> portalContainer() {
            return list(at(one("Deployment", "portal"), "spec", "template", "spec", "containers")).stream().map(Descriptors::map)
                    .filter(c -> "portal".equals(c.get("name"))).findFirst().orElseThrow();
        }

        /** What the portal's process sees: ConfigMap values by name, and secret references as their valueFrom. */
        Map<String, Object> portalEnvironment() {
            Map<String, Object> environment = new TreeMap<>();
            for (Object source : list(portalContainer().get("envFrom"))) {
                Object configMap = at(source, "configMapRef", "name");
                assertThat(configMap).as("environment comes from ConfigMaps, not Secrets in bulk").isNotNull();
                environment.putAll(map(one("ConfigMap", string(configMap)).get("data")));
            }
            for (Object variable : list(portalContainer().get("env"))) {
                Map<String, Object> v = map(variable);
                environment.put(string(v.get("name")), v.containsKey("value") ? v.get("value") : v.get("valueFrom"));
            }
            return environment;
        }

        String portalHost() {
            List<Object> hostnames = list(at(one("HTTPRoute", "portal"), "spec", "hostnames"));
            assertThat(hostnames).hasSize(1);
            return string(hostnames.getFirst());
        }

        Map<String, Object> listener(Map<String, Object> gateway, String name) {
            return list(at(gateway, "spec", "listeners")).stream().map(Descriptors::map).filter(l -> name.equals(l.get("name")))
                    .findFirst().orElseThrow(() -> new AssertionError("the Gateway has no listener " + name));
        }

        /** The route answers for exactly this host, on the Gateway's HTTPS listener for the same host, with TLS ending there. */
        void assertServedOverHttpsAt(Map<String, Object> route, String host, String certificateSecret) {
            assertThat(list(at(route, "spec", "hostnames"))).containsExactly(host);
            List<Object> parents = list(at(route, "spec", "parentRefs"));
            assertThat(parents).hasSize(1);
            Map<String, Object> gateway = one("Gateway", string(at(parents.getFirst(), "name")));
            Map<String, Object> listener = listener(gateway, string(at(parents.getFirst(), "sectionName")));
            assertThat(listener).containsEntry("protocol", "HTTPS").containsEntry("port", 443).containsEntry("hostname", host);
            assertThat(at(listener, "tls", "mode")).isEqualTo("Terminate");
            assertThat(list(at(listener, "tls", "certificateRefs")).stream().map(r -> at(r, "name"))).containsExactly(certificateSecret);
        }

        String namespace() {
            Set<Object> namespaces = new TreeSet<>();
            resources.forEach(r -> namespaces.add(String.valueOf(at(r, "metadata", "namespace"))));
            assertThat(namespaces).hasSize(1);
            return string(namespaces.iterator().next());
        }
    }
}
