'use strict';
/**
 * Drops `DependsOn` entries that a resource's own Ref or Fn::GetAtt already implies. osls writes
 * both for HTTP API routes (on their integration) and for the stage (on its access-log group);
 * CloudFormation orders them by the reference alone, and cfn-lint flags the duplicate as W3005,
 * which CI treats as a failure. Runs on the finished template, just before it is saved.
 */

/** Logical ids a value refers to through Ref, Fn::GetAtt or Fn::Sub, at any depth. */
function referencedIds(value, found = new Set()) {
  if (Array.isArray(value)) {
    for (const item of value) referencedIds(item, found);
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') found.add(inner);
      else if (key === 'Fn::GetAtt') found.add(Array.isArray(inner) ? inner[0] : String(inner).split('.')[0]);
      else if (key === 'Fn::Sub') {
        const text = Array.isArray(inner) ? inner[0] : inner;
        for (const [, name] of String(text).matchAll(/\$\{([^!}][^}]*)\}/g)) found.add(name.split('.')[0]);
        if (Array.isArray(inner)) referencedIds(inner[1], found);
      } else referencedIds(inner, found);
    }
  }
  return found;
}

/** Removes implied DependsOn entries in place; returns how many went. */
function dropImpliedDependsOn(template) {
  let dropped = 0;
  for (const resource of Object.values(template.Resources || {})) {
    if (!resource.DependsOn) continue;
    const implied = referencedIds(resource.Properties);
    const listed = Array.isArray(resource.DependsOn) ? resource.DependsOn : [resource.DependsOn];
    const kept = listed.filter((id) => !implied.has(id));
    dropped += listed.length - kept.length;
    if (kept.length === 0) delete resource.DependsOn;
    else resource.DependsOn = kept.length === 1 ? kept[0] : kept;
  }
  return dropped;
}

class ImpliedDependsOn {
  constructor(serverless) {
    this.hooks = {
      'before:aws:package:finalize:saveServiceState': () => {
        dropImpliedDependsOn(serverless.service.provider.compiledCloudFormationTemplate);
      },
    };
  }
}

module.exports = ImpliedDependsOn;
module.exports.dropImpliedDependsOn = dropImpliedDependsOn;
