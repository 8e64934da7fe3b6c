"""`python -m bench`: the desk's figures (#7, the load of #6) measured against their targets and floors."""
