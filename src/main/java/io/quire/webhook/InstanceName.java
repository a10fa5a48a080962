package io.quire.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Names this process in leases and in the delivery log: the host name (a Kubernetes pod's name) and
 * the process id, so that two instances on one machine differ too.
 */
final class InstanceName {

    private InstanceName() {}

    static String of() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                host = "unknown-host";
            }
        }
        String name = host.strip() + ":" + ProcessHandle.current().pid();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }
}
