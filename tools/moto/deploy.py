"""Tries the deployment of template.yaml without AWS: SAM translation, cfn-lint, and a stack in moto's CloudFormation.

  python deploy.py TEMPLATE ENDPOINT [Name=Value ...]
      As the moto admin (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY), with AWS_DEFAULT_REGION set:
      1. translates TEMPLATE with aws-sam-translator (CodeUri pointed at s3://deploy-artifacts/bootstrap.zip, as
         `sam package` would rewrite it; the zip holds a stand-in bootstrap),
      2. lints the translated template with cfn-lint (and the serverless rules when cfn-lint-serverless is installed),
      3. creates the stack in moto with the given parameters and reads back what moto made.
      Prints one JSON report: resources (type and whether moto created it), the roles' inline policies as moto's
      CloudFormation resolved them, queue attributes, lint findings, stack status.
"""
import ast
import io
import json
import os
import subprocess
import sys
import time
import zipfile

import boto3
from samtranslator.translator.transform import transform
from samtranslator.yaml_helper import yaml_parse

ARTIFACTS = "deploy-artifacts"


class NoManagedPolicies:
    def load(self):
        return {}


def translate(path):
    template = yaml_parse(open(path, encoding="utf-8").read())
    template.setdefault("Globals", {}).setdefault("Function", {})["CodeUri"] = f"s3://{ARTIFACTS}/bootstrap.zip"
    return transform(template, {}, NoManagedPolicies())


def lint(translated):
    path = "/tmp/thumbs-translated-%d.json" % os.getpid()
    with open(path, "w", encoding="utf-8") as f:
        json.dump(translated, f)
    try:
        result = subprocess.run([sys.executable, "-m", "cfnlint", "--format", "json", path], capture_output=True, text=True)
        findings = json.loads(result.stdout or "[]")
    finally:
        os.remove(path)
    try:
        import cfn_lint_serverless  # noqa: F401
        serverless = "installed (rules applied through cfn-lint's plugin discovery)"
    except ImportError:
        serverless = "not installed"
    return [{"rule": f["Rule"]["Id"], "level": f["Level"], "message": f["Message"]} for f in findings], serverless


def policy_document(raw):
    return raw if isinstance(raw, dict) else json.loads(raw) if raw.lstrip().startswith("{\"") else ast.literal_eval(raw)


def deploy(endpoint, translated, parameters):
    kw = dict(endpoint_url=endpoint, region_name="us-east-1")
    s3, cf, iam, sqs = (boto3.client(n, **kw) for n in ("s3", "cloudformation", "iam", "sqs"))
    s3.create_bucket(Bucket=ARTIFACTS)
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("bootstrap", "#!/bin/sh\nexit 1\n")
    s3.put_object(Bucket=ARTIFACTS, Key="bootstrap.zip", Body=package.getvalue())
    cf.create_stack(StackName="thumbnail-service", TemplateBody=json.dumps(translated),
                    Capabilities=["CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND"],
                    Parameters=[{"ParameterKey": k, "ParameterValue": v} for k, v in parameters.items()])
    for _ in range(100):
        stack = cf.describe_stacks(StackName="thumbnail-service")["Stacks"][0]
        if not stack["StackStatus"].endswith("IN_PROGRESS"):
            break
        time.sleep(0.1)
    made = {r["LogicalResourceId"]: r for r in cf.describe_stack_resources(StackName="thumbnail-service")["StackResources"]
            if "LogicalResourceId" in r}
    roles = {}
    for logical, resource in made.items():
        if resource["ResourceType"] == "AWS::IAM::Role":
            name = resource["PhysicalResourceId"]
            roles[logical] = {p: policy_document(iam.get_role_policy(RoleName=name, PolicyName=p)["PolicyDocument"])
                              for p in iam.list_role_policies(RoleName=name)["PolicyNames"]}
    queues = {}
    for logical, resource in made.items():
        if resource["ResourceType"] == "AWS::SQS::Queue":
            queues[logical] = sqs.get_queue_attributes(QueueUrl=resource["PhysicalResourceId"], AttributeNames=["All"])["Attributes"]
    resources = {logical: {"type": body["Type"], "created": logical in made, "condition": body.get("Condition")}
                 for logical, body in translated["Resources"].items()}
    return stack["StackStatus"], resources, roles, queues


if __name__ == "__main__":
    template_path, endpoint = sys.argv[1], sys.argv[2]
    parameters = dict(arg.split("=", 1) for arg in sys.argv[3:])
    translated = translate(template_path)
    findings, serverless = lint(translated)
    status, resources, roles, queues = deploy(endpoint, translated, parameters)
    json.dump({"status": status, "lint": findings, "serverlessRules": serverless, "resources": resources,
               "roles": roles, "queues": queues}, sys.stdout, indent=1, default=str)
