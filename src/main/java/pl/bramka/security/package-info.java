/**
 * Who may do what: sign-in and sign-out, throttling of failed sign-ins, the route access policy that applies the
 * roles matrix to every route on the server, and ending the sessions of users who lose access;
 * a blocked merchant's users may not sign in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"user", "merchant", "shared"})
package pl.bramka.security;
