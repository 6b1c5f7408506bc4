"""Fixtures of the configuration tests: a real S3-compatible server on loopback."""

import uuid

import pytest

from tests.s3 import free_port, s3_client, s3_env, start_moto


@pytest.fixture(scope="session")
def s3_server():
    port = free_port()
    server = start_moto(port)
    yield f"http://127.0.0.1:{port}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture
def s3_bucket(s3_server, settings):
    """A fresh bucket, and STORAGES default/private pointed at it as production would."""
    from config.storage import s3_storages

    bucket = f"cuocthi-{uuid.uuid4().hex[:12]}"
    client = s3_client(s3_server)
    client.create_bucket(Bucket=bucket)
    env = s3_env(s3_server, bucket)
    settings.STORAGES = {
        **settings.STORAGES,
        **s3_storages(lambda name, default=None, required=False: env.get(name, default)),
    }
    return client, bucket
