"""IAM identities in a moto server, for ThumbnailService's tests and ./thumbs (AWSSDK.IdentityManagement is not
available to the .NET side, boto3 is).

  python identities.py admin ENDPOINT
      Creates the user moto-admin with an Allow *:* inline policy and an access key, in exactly three requests (the ones
      moto lets through unchecked when started with INITIAL_NO_AUTH_ACTION_COUNT=3), and prints
      {"AccessKeyId": ..., "SecretAccessKey": ...}.

  python identities.py roles ENDPOINT < spec.json
      As the admin (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), creates each role of
      {"roles": [{"name": R, "policies": {NAME: DOCUMENT, ...}}, ...]} with its inline policies, assumes it as Lambda
      would, and prints {R: {"AccessKeyId": ..., "SecretAccessKey": ..., "SessionToken": ...}, ...}.
"""
import json
import os
import sys

import boto3

REGION = "us-east-1"
ADMIN = "moto-admin"


def client(service, endpoint, key="bootstrap", secret="bootstrap"):
    return boto3.client(service, endpoint_url=endpoint, region_name=REGION,
                        aws_access_key_id=key, aws_secret_access_key=secret)


def admin(endpoint):
    iam = client("iam", endpoint)
    iam.create_user(UserName=ADMIN)
    iam.put_user_policy(UserName=ADMIN, PolicyName="everything", PolicyDocument=json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    key = iam.create_access_key(UserName=ADMIN)["AccessKey"]
    return {"AccessKeyId": key["AccessKeyId"], "SecretAccessKey": key["SecretAccessKey"]}


def roles(endpoint, spec):
    key, secret = os.environ["AWS_ACCESS_KEY_ID"], os.environ["AWS_SECRET_ACCESS_KEY"]
    iam, sts = client("iam", endpoint, key, secret), client("sts", endpoint, key, secret)
    admin_arn = iam.get_user(UserName=ADMIN)["User"]["Arn"]
    trust = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Action": "sts:AssumeRole",
        "Principal": {"Service": "lambda.amazonaws.com", "AWS": admin_arn}}]}
    result = {}
    for role in spec["roles"]:
        arn = iam.create_role(RoleName=role["name"], AssumeRolePolicyDocument=json.dumps(trust))["Role"]["Arn"]
        for name, document in role["policies"].items():
            iam.put_role_policy(RoleName=role["name"], PolicyName=name, PolicyDocument=json.dumps(document))
        credentials = sts.assume_role(RoleArn=arn, RoleSessionName=role["name"])["Credentials"]
        result[role["name"]] = {k: credentials[k] for k in ("AccessKeyId", "SecretAccessKey", "SessionToken")}
    return result


if __name__ == "__main__":
    mode, endpoint = sys.argv[1], sys.argv[2]
    output = admin(endpoint) if mode == "admin" else roles(endpoint, json.load(sys.stdin))
    json.dump(output, sys.stdout)
