<?php
/**
 * Runs the companion the way WordPress would, without WordPress: `php companion-test.php SCENARIO COMPANION`.
 * SCENARIO is "present" (a library with the payment-core's shape), "changed" (one property renamed) or "absent"
 * (no imoje plugin). Prints one line per check and exits 1 at the first failed one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

define( 'ABSPATH', __DIR__ . '/' );
define( 'BRAMKA_URL', 'https://bramka.test/' );

$hooks = array();

function add_action( $hook, $callback, $priority = 10 ) {
	global $hooks;
	$hooks[ $hook ][ $priority ][] = $callback;
}

function do_action( $hook ) {
	global $hooks;
	if ( empty( $hooks[ $hook ] ) ) {
		return;
	}
	ksort( $hooks[ $hook ] );
	foreach ( $hooks[ $hook ] as $callbacks ) {
		foreach ( $callbacks as $callback ) {
			$callback();
		}
	}
}

function current_user_can( $capability ) {
	return 'activate_plugins' === $capability;
}

function esc_html( $text ) {
	return htmlspecialchars( $text, ENT_QUOTES, 'UTF-8' );
}

function check( $condition, $what ) {
	echo ( $condition ? 'ok' : 'FAILED' ) . ': ' . $what . "\n";
	if ( ! $condition ) {
		exit( 1 );
	}
}

/** Reads a private static property the way the library itself would see it. */
function read_static( $class, $name ) {
	$property = new ReflectionProperty( $class, $name );
	if ( PHP_VERSION_ID < 80100 ) {
		$property->setAccessible( true );
	}
	return $property->getValue();
}

$scenario  = $argv[1];
$companion = $argv[2];

if ( 'changed' === $scenario ) {
	require __DIR__ . '/fake-payment-core-changed.php';
}
if ( 'present' === $scenario || 'changed' === $scenario ) {
	require __DIR__ . '/fake-payment-core.php';
}

// The imoje plugin loads its library at priority 0; the companion must run after it.
add_action( 'plugins_loaded', function () {
	echo "imoje plugin loaded\n";
}, 0 );

require $companion;

ob_start();
do_action( 'plugins_loaded' );
do_action( 'admin_notices' );
$page = ob_get_clean();
echo $page;

if ( 'present' === $scenario ) {
	$api = new Imoje\Payment\Api( 'token', 'merchant', 'service', 'sandbox' );
	check( 'https://bramka.test/v1/merchant/merchant/service/service' === $api->getServiceInfoUrl(),
		'the sandbox API address is Bramka\'s' );
	$api = new Imoje\Payment\Api( 'token', 'merchant', 'service', 'production' );
	check( 'https://bramka.test/v1/merchant/merchant/transaction' === $api->getTransactionCreateUrl(),
		'the production API address is Bramka\'s' );
	check( array( 'production' => 'https://bramka.test/js', 'sandbox' => 'https://bramka.test/js' )
		=== read_static( 'Imoje\\Payment\\Installments', 'serviceUrls' ), 'the installments widget address is Bramka\'s' );
	check( 'https://bramka.test' === read_static( 'Imoje\\Payment\\Util', 'cdnUrl' ), 'the CDN address is Bramka\'s' );
	check( 'https://bramka.test/payment' === Imoje\Payment\Paywall::getServiceUrl( 'sandbox' )
		&& 'https://bramka.test/payment' === Imoje\Payment\Paywall::getServiceUrl( 'production' ),
		'the paywall form goes to Bramka\'s /payment' );
	check( false === strpos( $page, 'notice' ), 'no admin notice' );
}
if ( 'changed' === $scenario ) {
	check( false !== strpos( $page, 'notice-error' ) && false !== strpos( $page, 'has changed' ),
		'the admin is told the plugin changed' );
	check( array( 'production' => 'https://api.imoje.pl/v1', 'sandbox' => 'https://sandbox.api.imoje.pl/v1' )
		=== read_static( 'Imoje\\Payment\\Api', 'apiUrls' ), 'the renamed API addresses were left alone' );
	check( 'https://data.imoje.pl' === read_static( 'Imoje\\Payment\\Util', 'cdnUrl' )
		&& array( 'production' => 'https://paywall.pay.ing.pl/js', 'sandbox' => 'https://paywall.sandbox.pay.ing.pl/js' )
		=== read_static( 'Imoje\\Payment\\Installments', 'serviceUrls' ), 'nothing else was rewritten either' );
}
if ( 'absent' === $scenario ) {
	check( false !== strpos( $page, 'is not active' ), 'the admin is told the imoje plugin is missing' );
	check( ! class_exists( 'Imoje\\Payment\\Api' ), 'no imoje class was made up' );
}
echo "page rendered to the end\n";
