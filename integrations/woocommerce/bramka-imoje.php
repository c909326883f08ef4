<?php
/**
 * Plugin Name: Bramka for the imoje plugin
 * Description: Sends the imoje (ING Pay) WooCommerce plugin's API calls to Bramka instead of imoje, in its sandbox and production modes alike, without changing the plugin's files.
 * Version: 1.0.0
 * Requires PHP: 7.2
 * Author: Bramka
 * License: GPL-2.0-or-later
 * License URI: https://www.gnu.org/licenses/gpl-2.0.html
 *
 * A must-use plugin: copy this one file to wp-content/mu-plugins/. Written for Bramka; it contains no code of the
 * imoje plugin. The imoje plugin keeps its addresses in static properties of its payment-core library, with no
 * setting, filter or constant to change them, so this file rewrites those arrays by reflection once the library is
 * loaded (the imoje plugin loads it on plugins_loaded at priority 0; this runs at priority 1). When the imoje plugin
 * is missing, or its classes no longer have the expected shape, it changes nothing and says so in the admin.
 *
 * Bramka's address can also be set in wp-config.php: define( 'BRAMKA_URL', 'https://pay.example.com' );
 *
 * This program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public
 * License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any
 * later version. It is distributed WITHOUT ANY WARRANTY; see the GNU General Public License for more details.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! defined( 'BRAMKA_URL' ) ) {
	define( 'BRAMKA_URL', 'https://bramka.example.com' );
}

/**
 * What is rewritten: class => static property => the value pointing at Bramka. The arrays are keyed by the
 * library's environments ('production', 'sandbox'); both point at the same Bramka, whose sandbox shops and real
 * shops share one address.
 *
 * @param string $base Bramka's public address without a trailing slash.
 *
 * @return array
 */
function bramka_imoje_targets( $base ) {
	return array(
		'Imoje\\Payment\\Api'          => array(
			'serviceUrls' => array(
				'production' => $base . '/v1',
				'sandbox'    => $base . '/v1',
			),
		),
		'Imoje\\Payment\\Installments' => array(
			'serviceUrls' => array(
				'production' => $base . '/js',
				'sandbox'    => $base . '/js',
			),
		),
		'Imoje\\Payment\\Util'         => array(
			'cdnUrl' => $base,
		),
		// Older library versions build the paywall form's address as this host followed by '/payment'.
		'Imoje\\Payment\\Paywall'      => array(
			'serviceUrls' => array(
				'production' => $base,
				'sandbox'    => $base,
			),
		),
	);
}

/**
 * Checks every target first and writes only when all of them have the expected shape, so a changed library is
 * never left half pointed at Bramka.
 *
 * @param string $base Bramka's public address.
 *
 * @return string[] what stopped the rewrite; empty when it was done
 */
function bramka_imoje_redirect( $base ) {
	$base = rtrim( $base, '/' );
	if ( ! class_exists( 'Imoje\\Payment\\Api' ) ) {
		return array( 'missing' );
	}
	$writes   = array();
	$problems = array();
	foreach ( bramka_imoje_targets( $base ) as $class => $properties ) {
		if ( ! class_exists( $class ) ) {
			// Installments came with later library versions and Paywall left with them: rewrite what there is.
			continue;
		}
		$reflection = new ReflectionClass( $class );
		foreach ( $properties as $name => $value ) {
			if ( ! $reflection->hasProperty( $name ) ) {
				$problems[] = $class . '::$' . $name . ' does not exist';
				continue;
			}
			$property = $reflection->getProperty( $name );
			if ( ! $property->isStatic() ) {
				$problems[] = $class . '::$' . $name . ' is not static';
				continue;
			}
			if ( PHP_VERSION_ID < 80100 ) {
				$property->setAccessible( true );
			}
			$current = $property->getValue();
			if ( ! bramka_imoje_same_shape( $current, $value ) ) {
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

/**
 * A string stays a string; an array keeps exactly its keys (the environments).
 *
 * @param mixed $current the library's value.
 * @param mixed $wanted  Bramka's value.
 *
 * @return bool
 */
function bramka_imoje_same_shape( $current, $wanted ) {
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

/**
 * @param string[] $problems what bramka_imoje_redirect() reported.
 *
 * @return string the admin notice's text
 */
function bramka_imoje_notice_text( $problems ) {
	if ( array( 'missing' ) === $problems ) {
		return 'Bramka: the imoje (ING Pay) plugin is not active, so there is nothing to point at Bramka.';
	}
	return 'Bramka: the imoje (ING Pay) plugin has changed (' . implode( '; ', $problems )
		. '), so its payments were NOT pointed at Bramka and go to imoje. Get the current companion from the Bramka panel.';
}

add_action(
	'plugins_loaded',
	function () {
		$problems = bramka_imoje_redirect( BRAMKA_URL );
		if ( ! $problems ) {
			return;
		}
		add_action(
			'admin_notices',
			function () use ( $problems ) {
				if ( ! current_user_can( 'activate_plugins' ) ) {
					return;
				}
				echo '<div class="notice notice-error"><p>' . esc_html( bramka_imoje_notice_text( $problems ) ) . '</p></div>';
			}
		);
	},
	1
);
