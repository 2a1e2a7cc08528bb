// Actors no article names and no relation or quote uses any more. $ids: entity ids to check.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT (e)--()
DELETE e
