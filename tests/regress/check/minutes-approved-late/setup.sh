# The November Board meeting becomes an ordinary one, so October's minutes
# (approved in December) were not approved at the next meeting.
edit meetings/eb.xml 's{ kind="special"\s*reason="[^"]*"}{}'
