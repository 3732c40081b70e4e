package studio.smartwork.portal.webhooks.internal;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Which addresses the portal refuses to call for a tenant (server-side request forgery): its
 * own machine, private and carrier-grade networks, link-local addresses (where cloud metadata
 * services answer, 169.254.169.254), the unspecified address, multicast and broadcast. An
 * administrator may allow them on one endpoint, for a receiver inside the client's own network.
 */
public final class AddressPolicy {

    private AddressPolicy() {
    }

    /** Every address the host name stands for; a single refused one refuses the host. */
    public static List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }

    public static boolean isRefused(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0                                   // "this network"
                    || first == 10                              // private
                    || (first == 100 && (second & 0xc0) == 64)  // carrier-grade NAT 100.64/10 (also Alibaba's metadata, 100.100.100.200)
                    || (first == 172 && (second & 0xf0) == 16)  // private
                    || (first == 192 && second == 168)          // private
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240;                            // reserved and broadcast
        }
        if (address instanceof Inet6Address v6) {
            int first = b[0] & 0xff;
            if ((first & 0xfe) == 0xfc) {                       // unique local fc00::/7 (also AWS's metadata, fd00:ec2::254)
                return true;
            }
            if (isEmbeddingIpv4(b)) {                           // ::ffff:a.b.c.d and NAT64 64:ff9b::a.b.c.d
                try {
                    return isRefused(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return v6.isIPv4CompatibleAddress();
        }
        return true;
    }

    private static boolean isEmbeddingIpv4(byte[] b) {
        boolean mapped = true;
        for (int i = 0; i < 10; i++) {
            mapped &= b[i] == 0;
        }
        mapped &= (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
        for (int i = 4; i < 12 && nat64; i++) {
            nat64 = b[i] == 0;
        }
        return mapped || nat64;
    }
}
