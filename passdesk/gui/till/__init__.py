"""The Till: find a loyalty customer, add or redeem points, exactly once."""
