<?php
/**
 * Runs the companion module the way PrestaShop would, without PrestaShop:
 * `php module-test.php SCENARIO MODULE FAKE_LIBRARY_DIR`. SCENARIO is "present" (a library with the payment-core's
 * shape) or "absent" (no imoje module). Prints one line per check and exits 1 at the first failed one.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

define( '_PS_VERSION_', '8.1.0' );

/** The parts of PrestaShop's Module class the companion uses. */
class Module {
	public $name;
	public $displayName;
	public $description;
	public $tab;
	public $version;
	public $author;
	public $need_instance;
	public $ps_versions_compliancy;

	public function __construct() {
	}

	public static function isEnabled( $name ) {
		return false;
	}

	public static function getInstanceByName( $name ) {
		return false;
	}

	public function displayWarning( $text ) {
		return '<div class="alert alert-warning">' . htmlspecialchars( $text ) . '</div>';
	}

	public function displayConfirmation( $text ) {
		return '<div class="alert alert-success">' . htmlspecialchars( $text ) . '</div>';
	}
}

function check( $condition, $what ) {
	echo ( $condition ? 'ok' : 'FAILED' ) . ': ' . $what . "\n";
	if ( ! $condition ) {
		exit( 1 );
	}
}

$scenario = $argv[1];
if ( 'present' === $scenario ) {
	require $argv[3] . '/fake-payment-core.php';
}
require $argv[2];

$module = new BramkaImoje();
$module->hookActionDispatcherBefore( array() );
$page = $module->getContent();
echo $page . "\n";

if ( 'present' === $scenario ) {
	$api = new Imoje\Payment\Api( 'token', 'merchant', 'service', 'sandbox' );
	check( 0 === strpos( $api->getServiceInfoUrl(), rtrim( BramkaImoje::BRAMKA_URL, '/' ) . '/v1/merchant/' ),
		'the API address is Bramka\'s' );
	check( rtrim( BramkaImoje::BRAMKA_URL, '/' ) . '/payment' === Imoje\Payment\Paywall::getServiceUrl( 'sandbox' ),
		'the paywall form goes to Bramka\'s /payment' );
	check( false !== strpos( $page, 'alert-success' ), 'the configure page says so' );
}
if ( 'absent' === $scenario ) {
	check( false !== strpos( $page, 'not installed or not enabled' ), 'the configure page says the imoje module is missing' );
}
echo "page rendered to the end\n";
