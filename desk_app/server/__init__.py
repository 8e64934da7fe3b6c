"""The desk service: FastAPI + SQLAlchemy. It never imports the desktop UI or the client."""
