<?php
/**
 * Classes with the shape of the imoje payment-core library's (namespace, class and property names, visibility,
 * environment keys), written for this test: the addresses the library uses are private static, read by its own
 * private methods. Only what the test calls is here.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

namespace Imoje\Payment;

class Util {
	const ENVIRONMENT_PRODUCTION = 'production';
	const ENVIRONMENT_SANDBOX    = 'sandbox';

	private static $cdnUrl = 'https://data.imoje.pl';
}

if ( ! class_exists( 'Imoje\\Payment\\Api', false ) ) {
	class Api {
		private static $serviceUrls = array(
			Util::ENVIRONMENT_PRODUCTION => 'https://api.imoje.pl/v1',
			Util::ENVIRONMENT_SANDBOX    => 'https://sandbox.api.imoje.pl/v1',
		);

		private $merchantId;
		private $serviceId;
		private $environment;

		public function __construct( $authorizationToken, $merchantId, $serviceId, $environment = '' ) {
			$this->merchantId  = $merchantId;
			$this->serviceId   = $serviceId;
			$this->environment = $environment ? $environment : Util::ENVIRONMENT_PRODUCTION;
		}

		public function getServiceInfoUrl() {
			return $this->getServiceUrl() . '/merchant/' . $this->merchantId . '/service/' . $this->serviceId;
		}

		public function getTransactionCreateUrl() {
			return $this->getServiceUrl() . '/merchant/' . $this->merchantId . '/transaction';
		}

		private function getServiceUrl() {
			return isset( self::$serviceUrls[ $this->environment ] ) ? self::$serviceUrls[ $this->environment ] : '';
		}
	}
}

class Installments {
	private static $serviceUrls = array(
		Util::ENVIRONMENT_PRODUCTION => 'https://paywall.pay.ing.pl/js',
		Util::ENVIRONMENT_SANDBOX    => 'https://paywall.sandbox.pay.ing.pl/js',
	);
}

class Paywall {
	const ROUTE_PAY = '/payment';

	public static $serviceUrls = array(
		Util::ENVIRONMENT_PRODUCTION => 'https://paywall.imoje.pl',
		Util::ENVIRONMENT_SANDBOX    => 'https://sandbox.paywall.imoje.pl',
	);

	public static function getServiceUrl( $environment ) {
		return self::$serviceUrls[ $environment ] . self::ROUTE_PAY;
	}
}
