<?php
/**
 * Bramka for the imoje PrestaShop module: sends the imoje module's API calls to Bramka instead of imoje, in its
 * sandbox and production modes alike, without changing the imoje module's files.
 *
 * Written for Bramka; it contains no code of the imoje module. The imoje module keeps its addresses in private
 * static properties of its payment-core library (Imoje\Payment\Api, Paywall, Installments, Util), with no setting to change
 * them, so this module rewrites those arrays by reflection on the dispatcher's first hook, before any controller
 * (the imoje module's included) runs. When the imoje module is missing, or its classes no longer have the expected
 * shape, it changes nothing and says so on the module list and its configuration page.
 *
 * Install: copy the bramkaimoje folder to modules/ (or upload its zip in Modules > Module Manager) and install it.
 *
 * @license GPL-2.0-or-later
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public
 * License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any
 * later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for more details.
 */

if ( ! defined( '_PS_VERSION_' ) ) {
	exit;
}

class BramkaImoje extends Module {

	/** Bramka's public address; the Bramka panel fills it in when it hands out this module. */
	const BRAMKA_URL = 'https://bramka.example.com';

	/** @var string[] what stopped the last rewrite; empty when it was done */
	private static $problems = array();

	/** @var bool whether this request already pointed the library at Bramka */
	private static $done = false;

	public function __construct() {
		$this->name                   = 'bramkaimoje';
		$this->tab                    = 'payments_gateways';
		$this->version                = '1.0.0';
		$this->author                 = 'Bramka';
		$this->need_instance          = 0;
		$this->ps_versions_compliancy = array( 'min' => '1.7.1', 'max' => _PS_VERSION_ );
		parent::__construct();
		$this->displayName = 'Bramka for the imoje module';
		$this->description = 'Points the imoje module at Bramka (' . self::BRAMKA_URL . ') instead of imoje.';
	}

	public function install() {
		return parent::install() && $this->registerHook( 'actionDispatcherBefore' )
			&& $this->registerHook( 'moduleRoutes' );
	}

	/** The dispatcher's first hook on every front and back office request (PrestaShop 1.7.1 and later). */
	public function hookActionDispatcherBefore( $params ) {
		self::redirectOnce();
	}

	/** Called while the front office dispatcher is built, even earlier; it adds no route. */
	public function hookModuleRoutes( $params ) {
		self::redirectOnce();
		return array();
	}

	/** Shown on the module's configure page: whether the imoje module is pointed at Bramka. */
	public function getContent() {
		self::redirectOnce();
		if ( self::$problems ) {
			return $this->displayWarning( self::noticeText( self::$problems ) );
		}
		return $this->displayConfirmation( 'The imoje module sends its API calls to ' . self::BRAMKA_URL . '.' );
	}

	private static function redirectOnce() {
		if ( self::$done ) {
			return;
		}
		self::$done = true;
		if ( ! class_exists( 'Imoje\\Payment\\Api' ) && Module::isEnabled( 'imoje' ) ) {
			// Loading the imoje module's main file registers its library's autoloader.
			Module::getInstanceByName( 'imoje' );
		}
		self::$problems = self::redirect( self::BRAMKA_URL );
	}

	/**
	 * Checks every target first and writes only when all have the expected shape, so a changed library is never
	 * left half pointed at Bramka.
	 *
	 * @param string $base Bramka's public address.
	 *
	 * @return string[] what stopped the rewrite; empty when it was done
	 */
	public static function redirect( $base ) {
		$base = rtrim( $base, '/' );
		if ( ! class_exists( 'Imoje\\Payment\\Api' ) ) {
			return array( 'missing' );
		}
		$targets  = array(
			'Imoje\\Payment\\Api'          => array(
				'serviceUrls' => array( 'production' => $base . '/v1', 'sandbox' => $base . '/v1' ),
			),
			'Imoje\\Payment\\Installments' => array(
				'serviceUrls' => array( 'production' => $base . '/js', 'sandbox' => $base . '/js' ),
			),
			'Imoje\\Payment\\Util'         => array( 'cdnUrl' => $base ),
			// The paywall form's host; the library appends '/payment'.
			'Imoje\\Payment\\Paywall'      => array(
				'serviceUrls' => array( 'production' => $base, 'sandbox' => $base ),
			),
		);
		$writes   = array();
		$problems = array();
		foreach ( $targets as $class => $properties ) {
			if ( ! class_exists( $class ) ) {
				continue;
			}
			$reflection = new ReflectionClass( $class );
			foreach ( $properties as $name => $value ) {
				if ( ! $reflection->hasProperty( $name ) || ! $reflection->getProperty( $name )->isStatic() ) {
					$problems[] = $class . '::$' . $name . ' does not exist or is not static';
					continue;
				}
				$property = $reflection->getProperty( $name );
				if ( PHP_VERSION_ID < 80100 ) {
					$property->setAccessible( true );
				}
				if ( ! self::sameShape( $property->getValue(), $value ) ) {
					$problems[] = $class . '::$' . $name . ' has another shape';
					continue;
				}
				$writes[] = array( $property, $value );
			}
		}
		if ( $problems ) {
			return $problems;
		}
		foreach ( $writes as $write ) {
			$write[0]->setValue( null, $write[1] );
		}
		return array();
	}

	private static function sameShape( $current, $wanted ) {
		if ( is_string( $wanted ) ) {
			return is_string( $current );
		}
		if ( ! is_array( $current ) ) {
			return false;
		}
		$current_keys = array_keys( $current );
		$wanted_keys  = array_keys( $wanted );
		sort( $current_keys );
		sort( $wanted_keys );
		return $current_keys === $wanted_keys;
	}

	private static function noticeText( $problems ) {
		if ( array( 'missing' ) === $problems ) {
			return 'The imoje module is not installed or not enabled, so there is nothing to point at Bramka.';
		}
		return 'The imoje module has changed (' . implode( '; ', $problems ) . '), so its payments were NOT pointed at '
			. 'Bramka and go to imoje. Get the current companion from the Bramka panel.';
	}
}
