"""`python -m zoho_billing_mock`, the same as the `zoho-billing-mock` command."""

import sys

from .cli import main

sys.exit(main())
