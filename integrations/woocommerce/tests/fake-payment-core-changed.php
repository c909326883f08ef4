<?php
/**
 * A later library in which Api's address array was renamed: the companion must notice it and rewrite nothing.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

namespace Imoje\Payment;

class Api {
	private static $apiUrls = array(
		'production' => 'https://api.imoje.pl/v1',
		'sandbox'    => 'https://sandbox.api.imoje.pl/v1',
	);
}
